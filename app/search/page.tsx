import type { Metadata } from 'next';

export const metadata: Metadata = { title: '搜索', description: '全文检索《数字乡村发展动态》各期条目与答记者问。' };

export default function SearchPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">搜索</h1>
      <p>全文检索即将上线。</p>
    </>
  );
}
