import { Link } from '@/components/Link';

export interface Crumb {
  label: string;
  href?: string;
}

/** The trail from home to the current page; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="面包屑" className="no-print mb-4 text-sm text-muted">
      <ol className="flex flex-wrap gap-x-1">
        {trail.map((crumb, index) => (
          <li key={`${crumb.label}-${index}`} className="flex gap-x-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
