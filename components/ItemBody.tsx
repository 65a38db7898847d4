import { Link } from '@/components/Link';
import type { BulletinItem } from '@/lib/content/types';
import { ItemContent } from './ItemContent';

/** An item's text on the site: its paragraphs and figures, then its source line, linking to the source's page when given. */
export function ItemBody({ item, sourceHref }: { item: BulletinItem; sourceHref?: string | undefined }) {
  return (
    <ItemContent
      item={item}
      source={
        sourceHref ? (
          <Link href={sourceHref} className="item-source-name">
            {item.source}
          </Link>
        ) : undefined
      }
    />
  );
}
