'use client';

import { useState } from 'react';

/**
 * Copies the text of the element `targetId` to the clipboard: exactly what the reader sees
 * (an APA reference without its italics, a GB/T one with today's date). Shown only where
 * JavaScript runs (js-only); the text is on the page either way, for selecting by hand.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="js-only">
      <button
        type="button"
        aria-label={label}
        className="min-h-6 rounded border border-line px-2 text-sm"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(document.getElementById(targetId)?.textContent ?? '');
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
        onBlur={() => setState('idle')}
      >
        复制
      </button>
      <span role="status" className="ml-1 text-sm text-muted">
        {state === 'copied' ? '已复制' : state === 'failed' ? '无法复制，请手动选择文字' : ''}
      </span>
    </span>
  );
}
