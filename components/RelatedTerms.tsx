import { Fragment } from 'react';
import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import type { Term } from '@/lib/taxonomy/types';

export interface TermGroup {
  label: string;
  terms: readonly Term[];
  href: (slug: string) => string;
  /** Document titles print in 《》. */
  bookTitle?: boolean;
}

/** 信息来源, 地区, 政策文件 …: where else to read about what an item or article mentions. */
export function RelatedTerms({ groups }: { groups: readonly TermGroup[] }) {
  const shown = groups.filter((g) => g.terms.length > 0);
  if (shown.length === 0) return null;
  return (
    <dl className="related-terms no-print mt-6 grid gap-x-4 gap-y-1 rounded border border-line bg-surface p-3 text-sm sm:grid-cols-[auto_1fr]">
      {shown.map((group) => (
        <Fragment key={group.label}>
          <dt className="font-bold">{group.label}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3">
              {group.terms.map((term) => (
                <li key={term.slug}>
                  <Link href={group.href(term.slug)}>{group.bookTitle ? `《${term.name}》` : term.name}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The groups an item or article links to, in one order everywhere. */
export function termGroups(terms: { source: Term; regions: readonly Term[]; policies: readonly Term[] }): TermGroup[] {
  return [
    { label: '信息来源', terms: [terms.source], href: routes.source },
    { label: '地区', terms: terms.regions, href: routes.region },
    { label: '政策文件', terms: terms.policies, href: routes.policy, bookTitle: true },
  ];
}
