import type { ReactNode } from 'react';
import type { BulletinItem } from '@/lib/content/types';
import { Figure, type ImageUrl } from './Figure';

/**
 * An item's paragraphs and figures in source order, then its source line: the markup the site
 * (through ItemBody) and the CMS preview share. `source` is the source's name as the page shows
 * it (the site links it to the source's page); by default the name alone.
 */
export function ItemContent({ item, source, imageUrl }: { item: BulletinItem; source?: ReactNode; imageUrl?: ImageUrl | undefined }) {
  return (
    <div className="prose-cjk">
      {item.blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          // Sanitized at build time by lib/content/markdown.ts.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized HTML from our own pipeline
          <div key={index} dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <Figure key={index} figure={block} imageUrl={imageUrl} />
        ),
      )}
      <p className="item-source text-muted">
        （信息来源：
        {source ?? <span className="item-source-name">{item.source}</span>}）
      </p>
    </div>
  );
}
