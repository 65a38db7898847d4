import type { Metadata } from 'next';
import Link from 'next/link';
import { qas } from '@/lib/content/repository';
import { formatDateTime } from '@/lib/format';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: '答记者问',
  description: '数字乡村相关政策的答记者问与解读文章。',
};

export default function QaListPage() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">答记者问</h1>
      <ul className="space-y-3">
        {qas.map((qa) => (
          <li key={qa.slug} className="rounded border border-line bg-surface p-3">
            <Link href={routes.qa(qa.slug)} className="font-bold">
              {qa.title}
            </Link>
            <p className="text-sm text-muted">
              <time dateTime={qa.date}>{formatDateTime(qa.date)}</time> · {qa.source} · {qa.questions.length} 个问题
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
