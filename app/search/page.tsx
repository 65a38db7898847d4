import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchBox } from '@/components/search/SearchBox';
import { SearchPage } from '@/components/search/SearchPage';
import { bulletins, qas } from '@/lib/content/repository';

export const metadata: Metadata = { title: '搜索', description: '全文检索《数字乡村发展动态》各期条目与答记者问。' };

/** Years that have content, newest first: the year filter's options. */
function contentYears(): number[] {
  const years = new Set([...bulletins.map((b) => b.year), ...qas.map((q) => Number(q.date.slice(0, 4)))]);
  return [...years].sort((a, b) => b - a);
}

export default function Search() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">搜索</h1>
      {/* The export has no request to read ?q= from: the page reads it in the browser. */}
      <Suspense fallback={<SearchBox />}>
        <SearchPage years={contentYears()} />
      </Suspense>
    </>
  );
}
