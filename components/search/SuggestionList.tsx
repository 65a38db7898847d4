import type { SearchResponse, SearchResult } from '@/lib/search/types';
import { Highlight } from './Highlight';
import { resultContext } from './labels';

interface Props {
  id: string;
  /** The id of option `index`, which the combobox names as its active descendant. */
  optionId: (index: number) => string;
  results: readonly SearchResult[];
  /** Results plus the last option, to the full results page; 0 hides the list. */
  optionCount: number;
  active: number;
  response: SearchResponse | null;
  query: string;
  onChoose: (index: number) => void;
}

/** The header's suggestions as an ARIA listbox: the keys are handled on the combobox input. */
export function SuggestionList({ id, optionId, results, optionCount, active, response, query, onChoose }: Props) {
  return (
    <div
      hidden={optionCount === 0}
      className="absolute right-0 top-full z-50 mt-1 max-h-[70vh] w-[min(28rem,calc(100vw-2rem))] overflow-y-auto rounded border border-line bg-surface shadow-lg"
    >
      <div
        role="listbox"
        id={id}
        aria-label="搜索建议"
        // Keep focus in the box while the pointer picks an option.
        onMouseDown={(event) => event.preventDefault()}
      >
        {results.map((result, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (aria-activedescendant)
          <div
            key={result.id}
            tabIndex={-1}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onClick={() => onChoose(index)}
            className={`cursor-pointer border-b border-line px-3 py-2 ${index === active ? 'bg-bg outline outline-2 outline-accent' : ''}`}
          >
            <span className="block font-bold leading-snug">
              <Highlight segments={result.titleHighlight.segments} />
            </span>
            <span className="block text-sm text-muted">{resultContext(result).join(' · ')}</span>
          </div>
        ))}
        {optionCount > 0 && (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled on the combobox input (aria-activedescendant)
          <div
            id={optionId(results.length)}
            tabIndex={-1}
            role="option"
            aria-selected={active === results.length}
            onClick={() => onChoose(results.length)}
            className={`cursor-pointer px-3 py-2 text-accent ${active === results.length ? 'bg-bg outline outline-2 outline-accent' : ''}`}
          >
            {response && response.total > 0
              ? `查看全部 ${response.total} 条结果`
              : response?.nothingToSearch
                ? `“${query.trim()}”中没有可以搜索的文字`
                : `没有找到“${query.trim()}”，到搜索页看看建议`}
          </div>
        )}
      </div>
    </div>
  );
}
