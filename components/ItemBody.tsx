import type { BulletinItem } from '@/lib/content/types';
import { Figure } from './Figure';

/** An item's paragraphs and figures in source order, then its source line. */
export function ItemBody({ item }: { item: BulletinItem }) {
  return (
    <div className="prose-cjk">
      {item.blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          // Sanitized at build time by lib/content/markdown.ts.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized HTML from our own pipeline
          <div key={index} dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <Figure key={index} figure={block} />
        ),
      )}
      <p className="item-source text-muted" style={{ textIndent: 0, textAlign: 'right' }}>
        （信息来源：<span className="item-source-name">{item.source}</span>）
      </p>
    </div>
  );
}
