import { Link } from '@/components/Link';
import type { Term } from '@/lib/taxonomy/types';

/** Every term of one taxonomy with its count, linking to the term's page. */
export function TermIndex({
  terms,
  href,
  label,
  unit = '条',
}: {
  terms: readonly Term[];
  href: (slug: string) => string;
  label: string;
  unit?: string;
}) {
  return (
    <ul aria-label={label} className="grid gap-2 sm:grid-cols-2">
      {terms.map((term) => (
        <li key={term.slug}>
          <Link href={href(term.slug)}>{term.name}</Link>
          <span className="text-sm text-muted">
            （{term.entries.length} {unit}）
          </span>
        </li>
      ))}
    </ul>
  );
}
