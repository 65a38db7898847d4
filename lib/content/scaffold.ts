import { issueId } from '../routes';
import { numberToChineseNumeral } from './numerals';
import { SERIES_NAME } from './schemas/bulletin';
import type { Contacts } from './schemas/contacts';
import { SECTIONS } from './sections';
import { writeFrontMatter } from './write-front-matter';

export interface ScaffoldOptions {
  year: number;
  number: number;
  /** Department and contacts rarely change: taken from the latest issue when there is one. */
  previous?: { department: string; contacts: Contacts };
}

const TODO_ITEM = ['#### 1. TODO 条目标题', 'TODO 正文：每段一行，段与段之间空一行。', '（信息来源：TODO）'];

/**
 * A new issue with every known section and subsection and TODO markers where text is
 * needed. Validation rejects the TODO markers, so a half-written issue cannot publish.
 */
export function scaffoldBulletin({ year, number, previous }: ScaffoldOptions): { fileName: string; text: string } {
  const front = writeFrontMatter(
    'bulletin',
    {
      series: SERIES_NAME,
      year,
      number,
      publisher: '中国信息通信研究院',
      department: previous?.department ?? 'TODO 部门名称',
      contacts: previous?.contacts ?? { phones: ['TODO'], emails: ['TODO@example.com'] },
    },
    { note: 'date: YYYY-MM-DD   (only if the PDF gives one)' },
  );
  const body = SECTIONS.flatMap((section, s) => [
    `## ${numberToChineseNumeral(s + 1)}、${section.name}`,
    ...(section.subsections.length === 0
      ? TODO_ITEM
      : section.subsections.flatMap((sub, i) => [`### （${numberToChineseNumeral(i + 1)}）${sub.name}`, ...TODO_ITEM])),
  ]);
  return { fileName: `${issueId(year, number)}.md`, text: `${front}\n${body.join('\n\n')}\n` };
}
