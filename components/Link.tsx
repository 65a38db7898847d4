'use client';

import NextLink from 'next/link';
import { type ComponentProps, useState } from 'react';

/**
 * next/link that prefetches a page when the reader reaches for its link (pointer over it,
 * keyboard focus, a touch), not when the link scrolls into view. Viewport prefetch fetched
 * and parsed the payload of every visible link on every page load: on a phone that was most
 * of the main thread's blocking time after the first paint, and data a reader never asked for.
 */
export function Link({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [reached, setReached] = useState(false);
  return (
    <NextLink
      {...props}
      // null is Next's default prefetch, switched on once: it then starts because the link is in view.
      prefetch={reached ? null : false}
      onMouseEnter={(event) => {
        setReached(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setReached(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setReached(true);
        onTouchStart?.(event);
      }}
    />
  );
}
