'use client';

import { useState } from 'react';

/**
 * A permalink that copies itself. Without JavaScript, or where the clipboard is not
 * available, it is a plain link to the same address, so it never does nothing.
 */
export function CopyLink({ href, url, title }: { href: string; url: string; title: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="copy-link no-print text-sm">
      <a
        href={href}
        aria-label={`复制链接：${title}`}
        onClick={async (event) => {
          if (!navigator.clipboard?.writeText) return;
          event.preventDefault();
          try {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          } catch {
            window.location.assign(href);
          }
        }}
        onBlur={() => setCopied(false)}
      >
        复制链接
      </a>
      <span role="status" className="ml-1 text-muted">
        {copied ? '已复制' : ''}
      </span>
    </span>
  );
}
