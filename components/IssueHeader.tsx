import type { Bulletin } from '@/lib/content/types';

/** The cover lines of an issue; a draft in the CMS preview may lack all but the series. */
export type IssueCover = { series: string } & Partial<Pick<Bulletin, 'label' | 'publisher' | 'date'>>;

/** The bulletin's title block, as on its cover. */
export function IssueHeader({ bulletin, as: Heading = 'h1' }: { bulletin: IssueCover; as?: 'h1' | 'h2' }) {
  return (
    <header className="mb-6 border-b-2 border-accent pb-4 text-center">
      <Heading className="font-serif text-3xl font-bold tracking-widest text-accent-strong sm:text-4xl">{bulletin.series}</Heading>
      {bulletin.label && <p className="mt-2 text-lg">（{bulletin.label}）</p>}
      {bulletin.publisher && <p className="mt-1 text-muted">{bulletin.publisher}</p>}
      {bulletin.date && (
        <p className="mt-1 text-sm text-muted">
          <time dateTime={bulletin.date}>{bulletin.date}</time>
        </p>
      )}
    </header>
  );
}
