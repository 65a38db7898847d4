/** A cited work as CSL-JSON, the data citation-js formats APA, BibTeX and RIS from. */
import type { CitedWork } from './work';

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-journal' | 'webpage';
  title: string;
  author: Array<{ literal: string }>;
  publisher: string;
  'container-title'?: string;
  issue?: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  language: string;
}

/** 2024 → [[2024]]; 2024-02-25 → [[2024, 2, 25]]: an undated issue gives its year only. */
function issued(work: CitedWork): { 'date-parts': number[][] } {
  const parts = work.date ? work.date.split('-').map(Number) : [work.year];
  return { 'date-parts': [parts] };
}

export function toCsl(work: CitedWork): CslItem {
  const common = {
    id: work.key,
    'citation-key': work.key,
    title: work.title,
    // A literal name: an institution has no family and given name to invert.
    author: [{ literal: work.author }],
    publisher: work.publisher,
    issued: issued(work),
    URL: work.url,
    language: 'zh-CN',
  };
  return work.kind === 'serial-item'
    ? { ...common, type: 'article-journal', 'container-title': work.series, issue: String(work.issue) }
    : { ...common, type: 'webpage' };
}
