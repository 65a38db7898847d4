import { Fragment } from 'react';
import type { Segment } from '@/lib/search/types';

/**
 * Matched text in <mark>, everything as React text: a query or document holding
 * markup (`<img src=x onerror=…>`) shows as characters, never as HTML.
 */
export function Highlight({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
