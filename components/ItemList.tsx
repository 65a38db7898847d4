import { Link } from '@/components/Link';
import type { ItemInContext } from '@/lib/content/items';
import { routes } from '@/lib/routes';

/** Items from any issues, each with its issue and source: section pages and listings. */
export function ItemList({ entries, label }: { entries: readonly ItemInContext[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-3">
      {entries.map(({ item, bulletin, subsection }) => (
        <li key={`${bulletin.id}-${item.id}`} className="rounded border border-line bg-surface p-3">
          <Link href={routes.item(bulletin.id, item.id)} className="font-bold">
            {item.title}
          </Link>
          <p className="text-sm text-muted">
            <Link href={routes.bulletin(bulletin.id)}>{bulletin.label}</Link>
            {subsection && ` · ${subsection.name}`} · 信息来源：{item.source}
          </p>
        </li>
      ))}
    </ol>
  );
}
