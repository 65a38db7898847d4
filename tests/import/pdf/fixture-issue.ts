/**
 * A bulletin issue as the tests lay it out on PDF pages, read from the Markdown the importer
 * must give back: front matter, then `##` / `###` / `####` headings and one block per paragraph.
 * An image line right above a 图N caption means the PDF carries that picture.
 */
import { parse } from 'yaml';

export type FixtureBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'caption'; text: string; picture: boolean }
  | { kind: 'source'; text: string };

export interface FixtureItem {
  number: number;
  title: string;
  blocks: FixtureBlock[];
}

export interface FixtureSubsection {
  numeral: string;
  title: string;
  items: FixtureItem[];
}

export interface FixtureSection extends FixtureSubsection {
  subsections: FixtureSubsection[];
}

export interface FixtureIssue {
  series: string;
  year: number;
  number: number;
  publisher: string;
  department: string;
  phones: string[];
  emails: string[];
  sections: FixtureSection[];
}

/** The renderer escapes Markdown characters; the printed page has them plain. */
const plain = (text: string) => text.replace(/\\(.)/gu, '$1');

export function readFixtureIssue(markdown: string): FixtureIssue {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown);
  if (!match) throw new Error('fixture has no front matter');
  const meta = parse(match[1] ?? '') as {
    series: string;
    year: number;
    number: number;
    publisher: string;
    department: string;
    contacts: { phones: string[]; emails: string[] };
  };
  const issue: FixtureIssue = {
    series: meta.series,
    year: meta.year,
    number: meta.number,
    publisher: meta.publisher,
    department: meta.department,
    phones: meta.contacts.phones,
    emails: meta.contacts.emails,
    sections: [],
  };
  let section: FixtureSection | undefined;
  let items: FixtureItem[] | undefined;
  let item: FixtureItem | undefined;
  let picture = false;
  for (const block of (match[2] ?? '').split(/\n{2,}/u).map((b) => b.trim())) {
    if (block === '') continue;
    const heading = /^(#{2,4}) (.*)$/u.exec(block);
    if (heading) {
      const [, level = '', text = ''] = heading;
      if (level === '##') {
        const [, numeral = '', title = ''] = /^(\S+?)、(.*)$/u.exec(text) ?? [];
        section = { numeral, title: plain(title), items: [], subsections: [] };
        issue.sections.push(section);
        items = section.items;
      } else if (level === '###') {
        const [, numeral = '', title = ''] = /^（(\S+?)）(.*)$/u.exec(text) ?? [];
        const subsection = { numeral, title: plain(title), items: [] };
        section?.subsections.push(subsection);
        items = subsection.items;
      } else {
        const [, number = '', title = ''] = /^(\d+)\. (.*)$/u.exec(text) ?? [];
        item = { number: Number(number), title: plain(title), blocks: [] };
        items?.push(item);
      }
      continue;
    }
    if (!item) throw new Error(`fixture block outside an item: ${block}`);
    if (/^!\[.*\]\(.*\)$/u.test(block)) {
      picture = true;
    } else if (/^图\d/u.test(block)) {
      item.blocks.push({ kind: 'caption', text: plain(block), picture });
      picture = false;
    } else if (/^（信息来源：/u.test(block)) {
      item.blocks.push({ kind: 'source', text: plain(block) });
    } else {
      item.blocks.push({ kind: 'paragraph', text: plain(block) });
    }
  }
  return issue;
}

/** What the text of the same PDF imports to: pictures live only in the PDF. */
export function withoutPictures(markdown: string): string {
  return markdown.replace(/^!\[[^\]]*\]\([^)]*\)\n\n/gmu, '');
}
