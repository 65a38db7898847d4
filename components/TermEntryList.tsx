import { Link } from '@/components/Link';
import { formatDateTime } from '@/lib/dates';
import { routes } from '@/lib/routes';
import type { TermEntry } from '@/lib/taxonomy/types';

/** What a source, region or document lists: items with their issue, Q&As and questions with their article. */
export function TermEntryList({ entries, label }: { entries: readonly TermEntry[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-3">
      {entries.map(({ ref, note }) => (
        <li
          key={ref.kind === 'item' ? `${ref.issueId}/${ref.itemId}` : `${ref.slug}#${ref.questionId ?? ''}`}
          className="rounded border border-line bg-surface p-3"
        >
          {ref.kind === 'item' ? (
            <>
              <Link href={routes.item(ref.issueId, ref.itemId)} className="font-bold">
                {ref.title}
              </Link>
              <p className="text-sm text-muted">
                <Link href={routes.bulletin(ref.issueId)}>{ref.issueLabel}</Link> · 信息来源：{ref.source}
                {note && <> · {note}</>}
              </p>
            </>
          ) : (
            <>
              <Link href={ref.questionId ? routes.question(ref.slug, ref.questionId) : routes.qa(ref.slug)} className="font-bold">
                {ref.questionTitle ?? ref.title}
              </Link>
              <p className="text-sm text-muted">
                {ref.questionId ? (
                  <>
                    答记者问：<Link href={routes.qa(ref.slug)}>{ref.title}</Link>
                  </>
                ) : (
                  '答记者问'
                )}{' '}
                · <time dateTime={ref.date}>{formatDateTime(ref.date)}</time>
                {note && <> · {note}</>}
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
