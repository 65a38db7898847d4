import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import type { RelatedEntry, RelatedReason } from '@/lib/taxonomy/related';

const REASON_LABEL: Record<RelatedReason['kind'], string> = { policy: '同一文件', region: '同一地区' };

function reasonText(reason: RelatedReason): string {
  return `${REASON_LABEL[reason.kind]}：${reason.kind === 'policy' ? `《${reason.name}》` : reason.name}`;
}

/** 相关阅读: other items and questions citing the same document or naming the same region, each with why. */
export function RelatedItems({ entries }: { entries: readonly RelatedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="related-items" className="no-print mt-8">
      <h2 id="related-items" className="mb-2 text-lg font-bold">
        相关阅读
      </h2>
      <ul className="space-y-2">
        {entries.map(({ ref, reasons }) => (
          <li key={ref.kind === 'item' ? `${ref.issueId}/${ref.itemId}` : `${ref.slug}#${ref.questionId ?? ''}`}>
            {ref.kind === 'item' ? (
              <Link href={routes.item(ref.issueId, ref.itemId)}>{ref.title}</Link>
            ) : (
              <Link href={ref.questionId ? routes.question(ref.slug, ref.questionId) : routes.qa(ref.slug)}>
                {ref.questionTitle ?? ref.title}
              </Link>
            )}
            <span className="block text-sm text-muted">
              {ref.kind === 'item' ? ref.issueLabel : `答记者问：${ref.title}`} · {reasons.map(reasonText).join('；')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
