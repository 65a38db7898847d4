'use client';

import NextLink from 'next/link';
import { type ComponentProps, useState } from 'react';

/**
 * next/link that prefetches a page when the reader reaches for its link (pointer over it,
 * keyboard focus, a touch), not when the link scrolls into view. Viewport prefetch asked for
 * the payload of every visible link after each page load and parsed it on the main thread:
 * data a reader on a phone never asked for, and long tasks while the page was starting.
 */
export function Link({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [reached, setReached] = useState(false);
  const reach =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setReached(true);
      handler?.(event);
    };
  return (
    <NextLink
      {...props}
      // null is Next's default prefetch, switched on once: it then starts because the link is in view.
      prefetch={reached ? null : false}
      onMouseEnter={reach(onMouseEnter)}
      onFocus={reach(onFocus)}
      onTouchStart={reach(onTouchStart)}
    />
  );
}
