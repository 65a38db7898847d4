'use client';

import { SECTIONS } from '@/lib/content/sections';
import type { SearchFilters } from '@/lib/search/types';
import { TYPE_LABELS } from './labels';

interface FilterBarProps {
  filters: SearchFilters;
  /** Years that have content, newest first (from the build, so no index is needed to draw the form). */
  years: readonly number[];
  onChange: (name: keyof SearchFilters, value: string) => void;
  onClear: () => void;
}

const selectClass = 'w-full rounded border border-line bg-surface px-2 py-1.5 text-fg';

/** Section, subsection, type and year: each alone lists everything that matches, or narrows a query. */
export function FilterBar({ filters, years, onChange, onClear }: FilterBarProps) {
  const section = SECTIONS.find((s) => s.slug === filters.section);
  const subsectionGroups = section ? [section] : SECTIONS.filter((s) => s.subsections.length > 0);
  const active = Object.values(filters).some((v) => v !== undefined);
  // A shared link may name a year this build has no content for: keep it selectable, not silently swapped.
  const yearOptions = filters.year !== undefined && !years.includes(filters.year) ? [filters.year, ...years] : years;
  return (
    <fieldset className="mb-4 rounded border border-line p-3">
      <legend className="px-1 text-sm font-bold">筛选</legend>
      <div className="grid grid-cols-1 gap-3 min-[24rem]:grid-cols-2 md:grid-cols-4">
        <label className="flex flex-col text-sm">
          栏目
          <select className={selectClass} value={filters.section ?? ''} onChange={(e) => onChange('section', e.target.value)}>
            <option value="">全部栏目</option>
            {SECTIONS.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          子栏目
          <select className={selectClass} value={filters.subsection ?? ''} onChange={(e) => onChange('subsection', e.target.value)}>
            <option value="">全部子栏目</option>
            {subsectionGroups.map((s) =>
              s.subsections.length === 0 ? null : (
                <optgroup key={s.slug} label={s.name}>
                  {s.subsections.map((sub: { slug: string; name: string }) => (
                    <option key={sub.slug} value={sub.slug}>
                      {sub.name}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          类型
          <select className={selectClass} value={filters.type ?? ''} onChange={(e) => onChange('type', e.target.value)}>
            <option value="">全部类型</option>
            <option value="bulletin">{TYPE_LABELS.bulletin}</option>
            <option value="qa">{TYPE_LABELS.qa}</option>
          </select>
        </label>
        <label className="flex flex-col text-sm">
          年份
          <select className={selectClass} value={filters.year ?? ''} onChange={(e) => onChange('year', e.target.value)}>
            <option value="">全部年份</option>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
      </div>
      {active && (
        <button type="button" onClick={onClear} className="mt-3 text-sm text-accent underline">
          清除筛选
        </button>
      )}
    </fieldset>
  );
}
