import type { Bulletin } from '@/lib/content/types';

/** The bulletin's title block, as on its cover. */
export function IssueHeader({ bulletin, as: Heading = 'h1' }: { bulletin: Bulletin; as?: 'h1' | 'h2' }) {
  return (
    <header className="mb-6 border-b-2 border-accent pb-4 text-center">
      <Heading className="font-serif text-3xl font-bold tracking-widest text-accent-strong sm:text-4xl">{bulletin.series}</Heading>
      <p className="mt-2 text-lg">（{bulletin.label}）</p>
      <p className="mt-1 text-muted">{bulletin.publisher}</p>
      {bulletin.date && (
        <p className="mt-1 text-sm text-muted">
          <time dateTime={bulletin.date}>{bulletin.date}</time>
        </p>
      )}
    </header>
  );
}
