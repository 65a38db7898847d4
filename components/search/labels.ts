/** Chinese labels for filter values and result context, from the one section table. */
import { findSection, findSubsection } from '@/lib/content/sections';
import { formatDay } from '@/lib/dates';
import type { DisplayDocument, DocType } from '@/lib/search/types';

export const TYPE_LABELS: Record<DocType, string> = { bulletin: '简报条目', qa: '答记者问' };

export function sectionName(slug: string | undefined): string | undefined {
  return slug ? findSection(slug)?.name : undefined;
}

export function subsectionName(slug: string | undefined): string | undefined {
  return slug ? findSubsection(slug)?.name : undefined;
}

/**
 * Where a result comes from, as the line under its title:
 * `2024年第2期 · 工作动态 · 部委动态` or `答记者问 · <article> · 2022年1月26日`.
 */
export function resultContext(doc: DisplayDocument): string[] {
  if (doc.type === 'qa') return [TYPE_LABELS.qa, doc.parentLabel, doc.date && formatDay(doc.date)].filter((x): x is string => Boolean(x));
  return [doc.parentLabel, sectionName(doc.section), subsectionName(doc.subsection)].filter((x): x is string => Boolean(x));
}
