/**
 * SYNTHETIC benchmark corpus: bulletin issues whose items are random
 * recombinations of sentences from the seed content, so the character
 * statistics look like the real bulletin. Every file says it is synthetic;
 * it lives under bench/.work/ (gitignored) and is never published as content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bulletinItems } from '../lib/content/items';
import { issueId } from '../lib/routes';
import { loadSiteContent } from '../lib/site/load';
import { pick, rng } from '../lib/testing/random';

export const ITEMS_PER_ISSUE = 10;
const ISSUES_PER_YEAR = 20;
const FIRST_YEAR = 2000;

/** Where the 10 items of an issue go: two per (sub)section, in printed order. */
const LAYOUT: ReadonlyArray<{ section: string; subsection?: string }> = [
  { section: '一、中央精神' },
  { section: '二、工作动态', subsection: '（一）部委动态' },
  { section: '二、工作动态', subsection: '（二）地方动态' },
  { section: '三、发展实践', subsection: '（一）地方实践' },
  { section: '三、发展实践', subsection: '（二）企业实践' },
];

interface SeedText {
  sentences: string[];
  clauses: string[];
  sources: string[];
}

/** Sentences and title-length clauses of the seed content (real parser, real text). */
export function seedText(contentDir: string): SeedText {
  const { bulletins, qas } = loadSiteContent(contentDir);
  const texts: string[] = [];
  const sources = new Set<string>();
  for (const b of bulletins) {
    for (const item of bulletinItems(b)) {
      texts.push(item.title);
      sources.add(item.source);
      for (const block of item.blocks) if (block.kind === 'paragraph') texts.push(block.text);
    }
  }
  for (const qa of qas) for (const q of qa.questions) texts.push(q.text.replace(/^答[：:]/, '').replace(/（文章来源：[^）]*）/, ''));
  const sentences = [
    ...new Set(
      texts
        .flatMap((t) => t.split(/(?<=[。！？])/))
        .map((s) => s.trim())
        // A paragraph must not start like a figure caption (图1 …) or a Markdown marker.
        .filter((s) => s.length >= 8 && !/^(图\s*\d|[#>*\-+]|\d+[.)])/.test(s)),
    ),
  ];
  const clauses = [
    ...new Set(
      texts
        .flatMap((t) => t.split(/[，。；！？\n]/))
        .map((s) => s.trim())
        .filter((s) => s.length >= 6 && s.length <= 40 && !/^[#>*\-+\d]/.test(s)),
    ),
  ];
  return { sentences, clauses, sources: [...sources] };
}

function itemMarkdown(r: () => number, seed: SeedText, number: number): string {
  const title = r() < 0.5 ? pick(r, seed.clauses) : `${pick(r, seed.clauses)}，${pick(r, seed.clauses)}`;
  const paragraphs = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, seed.sentences)).join(''),
  );
  return [`#### ${number}. ${title}`, '', ...paragraphs.flatMap((p) => [p, '']), `（信息来源：${pick(r, seed.sources)}）`, ''].join('\n');
}

function issueMarkdown(r: () => number, seed: SeedText, year: number, number: number): string {
  const lines = [
    '---',
    'series: 数字乡村发展动态',
    `year: ${year}`,
    `number: ${number}`,
    'publisher: 中国信息通信研究院',
    'department: 基准测试合成数据（非真实内容）',
    'contacts:',
    '  phones:',
    '    - "10000000000"',
    '  emails:',
    '    - synthetic@example.com',
    'summary: 合成数据：由种子内容的句子随机重组而成，仅供搜索基准测试使用，不是真实的《数字乡村发展动态》。',
    '---',
    '',
  ];
  let section = '';
  let subsection = '';
  let counter = 0;
  for (let i = 0; i < ITEMS_PER_ISSUE; i++) {
    const place = LAYOUT[Math.floor((i * LAYOUT.length) / ITEMS_PER_ISSUE)] as (typeof LAYOUT)[number];
    if (place.section !== section) {
      section = place.section;
      subsection = '';
      counter = 0;
      lines.push(`## ${section}`, '');
    }
    if (place.subsection && place.subsection !== subsection) {
      subsection = place.subsection;
      counter = 0;
      lines.push(`### ${subsection}`, '');
    }
    counter++;
    lines.push(itemMarkdown(r, seed, counter));
  }
  return lines.join('\n');
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

function qaMarkdown(r: () => number, seed: SeedText, index: number, year: number): string {
  const lines = [
    '---',
    `title: 合成数据：基准测试答记者问 ${index + 1}（非真实内容）`,
    `date: ${year}-06-15T10:00:00+08:00`,
    'source: 合成数据',
    `url: https://example.com/synthetic/qa-${index + 1}`,
    '---',
    '',
  ];
  for (const numeral of NUMERALS) {
    lines.push(`## ${numeral}、${pick(r, seed.clauses)}？`, '');
    for (let p = 0; p < 1 + Math.floor(r() * 2); p++) {
      lines.push(`答：${Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, seed.sentences)).join('')}`, '');
    }
  }
  return lines.join('\n');
}

/**
 * Writes `issues` synthetic issues of 10 items, and one synthetic Q&A of 6 questions
 * per 10 issues, into `dir` (emptied first). Returns the number of search documents.
 */
export function writeSyntheticContent(dir: string, issues: number, seed: SeedText, randomSeed = 1): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'bulletins'), { recursive: true });
  mkdirSync(path.join(dir, 'qa'), { recursive: true });
  // No marker file beside the content: the loader reports any stray file (every source reads 合成数据).
  const r = rng(randomSeed);
  for (let i = 0; i < issues; i++) {
    const year = FIRST_YEAR + Math.floor(i / ISSUES_PER_YEAR);
    const number = 1 + (i % ISSUES_PER_YEAR);
    writeFileSync(path.join(dir, 'bulletins', `${issueId(year, number)}.md`), issueMarkdown(r, seed, year, number));
  }
  const articles = Math.max(1, Math.floor(issues / 10));
  for (let i = 0; i < articles; i++) {
    const year = FIRST_YEAR + Math.floor((i * 10) / ISSUES_PER_YEAR);
    writeFileSync(path.join(dir, 'qa', `synthetic-qa-${i + 1}.md`), qaMarkdown(r, seed, i, year));
  }
  return issues * ITEMS_PER_ISSUE + articles * NUMERALS.length;
}
