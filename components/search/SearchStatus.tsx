import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import type { SearchOutcome } from './useSearchResults';

const EXAMPLES = ['返贫', '数字乡村试点', '农村电商', '智慧农业'];

interface SearchStatusProps {
  outcome: SearchOutcome;
  query: string;
  filtered: boolean;
  onRetry: () => void;
  onClearFilters: () => void;
}

/** The line above the results, in a live region so screen readers hear each new count. */
export function SearchStatus({ outcome, query, filtered, onRetry, onClearFilters }: SearchStatusProps) {
  return (
    <div id="search-status" role="status" className="mb-4">
      <StatusText outcome={outcome} query={query} filtered={filtered} onRetry={onRetry} onClearFilters={onClearFilters} />
    </div>
  );
}

function StatusText({ outcome, query, filtered, onRetry, onClearFilters }: SearchStatusProps) {
  const q = query.trim();
  switch (outcome.status) {
    case 'idle':
      return (
        <p className="text-muted">
          输入关键词搜索各期条目和答记者问，或选择栏目、类型、年份浏览。试试：
          {EXAMPLES.map((example, index) => (
            <span key={example}>
              {index > 0 && '、'}
              <Link href={`${routes.search()}?q=${encodeURIComponent(example)}`}>{example}</Link>
            </span>
          ))}
        </p>
      );
    case 'loading':
      return outcome.previous ? null : <p>正在搜索…</p>;
    case 'error':
      return (
        <p>
          搜索暂时不可用（{outcome.message}）。
          <button type="button" onClick={onRetry} className="text-accent underline">
            重试
          </button>
        </p>
      );
    case 'done': {
      const { total, usedFallback, nothingToSearch } = outcome.response;
      if (nothingToSearch) {
        return (
          <div>
            <p className="font-bold">“{q}”中没有可以搜索的文字。</p>
            <p className="text-muted">请输入汉字、字母或数字，例如“数字乡村”或“5G”；只有标点和符号的查询不会列出任何内容。</p>
          </div>
        );
      }
      if (total > 0) {
        return (
          <p>
            {q ? `找到 ${total} 条与“${q}”相关的结果` : `共 ${total} 条符合筛选条件的内容`}
            {usedFallback && '，含部分匹配：只含部分关键词的结果排在后面，标出了匹配的词'}。
          </p>
        );
      }
      return (
        <div>
          <p className="font-bold">{q ? `没有找到与“${q}”相关的结果。` : '没有符合筛选条件的内容。'}</p>
          <p className="text-muted">
            建议：换用更短或更常见的关键词，检查是否有错别字
            {filtered ? (
              <>
                ，或
                <button type="button" onClick={onClearFilters} className="text-accent underline">
                  清除筛选条件
                </button>
              </>
            ) : null}
            。
          </p>
        </div>
      );
    }
  }
}
