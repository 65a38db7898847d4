interface PaginationProps {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous / next page of results; the page number lives in the URL like the rest of the search. */
export function Pagination({ page, pages, onPage }: PaginationProps) {
  if (pages <= 1) return null;
  const buttonClass = 'rounded border border-line bg-surface px-3 py-1 disabled:opacity-60';
  return (
    <nav aria-label="分页" className="mt-6 flex flex-wrap items-center gap-3">
      <button type="button" className={buttonClass} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        上一页
      </button>
      <span>
        第 {page} / {pages} 页
      </span>
      <button type="button" className={buttonClass} disabled={page >= pages} onClick={() => onPage(page + 1)}>
        下一页
      </button>
    </nav>
  );
}
