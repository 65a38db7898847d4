'use client';

import { useEffect, useId, useState } from 'react';
import { CopyButton } from './CopyButton';

/** Today in the reader's own calendar, as GB/T 7714 writes a date: 2025-03-01. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A GB/T 7714 reference whose 引用日期 is the reader's today, filled in the browser (the
 * page is static; the server cannot know). Without JavaScript the slot says 引用日期,
 * for the reader to fill in.
 */
export function GbtReference({ before, after, placeholder }: { before: string; after: string; placeholder: string }) {
  const [accessed, setAccessed] = useState<string | null>(null);
  useEffect(() => setAccessed(today()), []);
  const date = accessed ?? placeholder;
  const id = useId();
  return (
    <>
      <span id={id} className="reference-text">
        {before}[<span data-access-date="">{date}</span>]{after}
      </span>{' '}
      <CopyButton targetId={id} label="复制 GB/T 7714 格式的引文" />
    </>
  );
}
