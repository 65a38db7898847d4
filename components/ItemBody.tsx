import { Link } from '@/components/Link';
import type { BulletinItem } from '@/lib/content/types';
import { Figure } from './Figure';

/** An item's paragraphs and figures in source order, then its source line (linking to the source's page when given). */
export function ItemBody({ item, sourceHref }: { item: BulletinItem; sourceHref?: string | undefined }) {
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
      <p className="item-source text-muted">
        （信息来源：
        {sourceHref ? (
          <Link href={sourceHref} className="item-source-name">
            {item.source}
          </Link>
        ) : (
          <span className="item-source-name">{item.source}</span>
        )}
        ）
      </p>
    </div>
  );
}
