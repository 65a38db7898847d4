import type { ReactNode } from 'react';
import type { Term } from '@/lib/taxonomy/types';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { TermEntryList } from './TermEntryList';

/** The page of one source, region, document, category or tag: heading, a line about it, what it lists. */
export function TermPage({ term, heading, intro, trail }: { term: Term; heading: string; intro?: ReactNode; trail: readonly Crumb[] }) {
  return (
    <>
      <Breadcrumbs trail={[...trail, { label: term.name }]} />
      <h1 className="mb-2 text-2xl font-bold">{heading}</h1>
      {intro && <div className="mb-4 text-muted">{intro}</div>}
      <TermEntryList entries={term.entries} label={`${term.name}：全部 ${term.entries.length} 条`} />
    </>
  );
}
