import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchPage } from '@/components/search/SearchPage';
import { SearchShell } from '@/components/search/SearchShell';
import { yearOf } from '@/lib/dates';
import { bulletins, qas } from '@/lib/site/content';

export const metadata: Metadata = { title: '搜索', description: '全文检索《数字乡村发展动态》各期条目与答记者问。' };

/** Years that have content, newest first: the year filter's options. */
function contentYears(): number[] {
  const years = new Set([...bulletins.map((b) => b.year), ...qas.map((q) => yearOf(q.date))]);
  return [...years].sort((a, b) => b - a);
}

export default function Search() {
  const years = contentYears();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">搜索</h1>
      <p className="mb-4 text-muted">
        检索各期《数字乡村发展动态》条目与数字乡村政策答记者问的全文。可按栏目、子栏目、类型和年份筛选；不输入关键词时，筛选列出全部符合条件的内容。
      </p>
      {/* The export has no request to read ?q= from: the page reads it in the browser, and until then shows the shell.
          A screen's height keeps the footer below the fold in both, so the results arriving shift nothing in view. */}
      <div className="min-h-screen">
        <Suspense fallback={<SearchShell years={years} />}>
          <SearchPage years={years} />
        </Suspense>
      </div>
    </>
  );
}
