/**
 * Every reference the site publishes, written from the real seed content: GB/T 7714 and
 * APA text, Highwire tags, and the .bib and .ris files, each parsed back with citation-js.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { apaHtml, bibtex, ris } from '../../lib/cite/formats';
import { gbt7714, gbt7714Parts } from '../../lib/cite/gbt7714';
import { highwireTags } from '../../lib/cite/highwire';
import { type CitedWork, serialItemWork, webArticleWork } from '../../lib/cite/work';
import { bulletinItems } from '../../lib/content/items';
import { routes } from '../../lib/routes';
import { citationFiles, itemWork } from '../../lib/site/citations';
import { loadSiteContent } from '../../lib/site/load';
import { SEED_CONTENT_DIR } from '../content/helpers';

const { bulletins, qas } = loadSiteContent(SEED_CONTENT_DIR);
const SITE = 'https://example.org/sub';
/** The APA reference as the page shows it and the copy button copies it: the HTML's text. */
const apaText = (work: CitedWork) => apaHtml(work).replace(/<\/?i>/g, '');

const works: CitedWork[] = [
  ...bulletins.flatMap((b) => bulletinItems(b).map((item) => serialItemWork(b, item, `${SITE}/bulletins/${b.id}/${item.id}/`))),
  ...qas.map((qa) => webArticleWork(qa, `${SITE}/qa/${qa.slug}/`)),
];

interface ParsedCsl {
  id?: string;
  type: string;
  title?: string;
  author?: Array<{ family?: string; literal?: string }>;
  'container-title'?: string;
  issue?: string | number;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  publisher?: string;
}

const parse = (text: string): ParsedCsl[] => new Cite(text).data as ParsedCsl[];
const authorName = (csl: ParsedCsl) => csl.author?.[0]?.literal ?? csl.author?.[0]?.family;

// The first APA reference loads citeproc's style and locale: 1–2 s alone, over 5 s while the
// other test files run beside it on a busy machine. The limit only guards against a hang.
describe('the seed content', { timeout: 30_000 }, () => {
  it('has items and Q&A articles to cite', () => {
    expect(works.filter((w) => w.kind === 'serial-item')).toHaveLength(12);
    expect(works.filter((w) => w.kind === 'web-article')).toHaveLength(1);
    expect(new Set(works.map((w) => w.key)).size).toBe(works.length);
    for (const w of works) expect(w.key).toMatch(/^[A-Za-z0-9_]{1,20}$/);
  });
});

describe.each(works.map((w) => [w.key, w] as const))('%s', (_key, work) => {
  it('.bib parses back to one entry with its title, author, date, URL and serial', () => {
    const text = bibtex(work);
    const entries = parse(text);
    expect(entries).toHaveLength(1);
    const [entry] = entries as [ParsedCsl];
    expect(text).toMatch(new RegExp(`^@(article|misc)\\{${work.key},`));
    expect(entry.title).toBe(work.title);
    expect(authorName(entry)).toBe(work.author);
    expect(entry.publisher).toBe(work.publisher);
    expect(entry.URL).toBe(work.url);
    expect(entry.issued?.['date-parts'][0]?.[0]).toBe(work.year);
    if (work.kind === 'serial-item') {
      expect(entry.type).toBe('article-journal');
      expect(entry['container-title']).toBe(work.series);
      expect(String(entry.issue)).toBe(String(work.issue));
    }
  });

  it('.ris parses back to one record with its title, author, date, URL and serial', () => {
    const text = ris(work);
    expect(text.startsWith(`TY  - ${work.kind === 'serial-item' ? 'JOUR' : 'ELEC'}\n`)).toBe(true);
    expect(text.trimEnd().endsWith('ER  -')).toBe(true);
    const records = parse(text);
    expect(records).toHaveLength(1);
    const [record] = records as [ParsedCsl];
    expect(record.id).toBe(work.key);
    expect(record.title).toBe(work.title);
    expect(authorName(record)).toBe(work.author);
    expect(record.URL).toBe(work.url);
    expect(record.issued?.['date-parts'][0]).toEqual(work.date ? work.date.split('-').map(Number) : [work.year]);
    if (work.kind === 'serial-item') {
      expect(record['container-title']).toBe(work.series);
      expect(String(record.issue)).toBe(String(work.issue));
    }
  });

  it('GB/T 7714 and APA name the work, and Highwire tags describe it', () => {
    expect(gbt7714(work)).toContain(`${work.title}[${work.kind === 'serial-item' ? 'J/OL' : 'EB/OL'}]`);
    expect(gbt7714(work).endsWith(`. ${work.url}.`)).toBe(true);
    expect(apaText(work)).toContain(work.title);
    expect(apaText(work)).toContain(work.url);
    const tags = highwireTags(work);
    expect(tags.citation_title).toBe(work.title);
    expect(tags.citation_public_url).toBe(work.url);
  });
});

describe('reference text', () => {
  const [bulletin] = bulletins;
  if (!bulletin) throw new Error('no seed bulletin');
  const item = bulletinItems(bulletin).find((i) => i.id === '2-2-1');
  if (!item) throw new Error('no seed item 2-2-1');
  const url = `${SITE}/bulletins/2024-02/2-2-1/`;
  const undated = serialItemWork(bulletin, item, url);
  const dated = serialItemWork({ ...bulletin, date: '2024-02-25' }, item, url);
  const qa = qas[0];
  if (!qa) throw new Error('no seed Q&A');
  const article = webArticleWork(qa, `${SITE}/qa/${qa.slug}/#q2`);

  it('GB/T 7714: an item is [J/OL] in series, year(issue), with the reader’s date of access', () => {
    expect(gbt7714(undated)).toBe(
      `中国信息通信研究院. 第七届中国农村电子商务大会在浙江丽水举办[J/OL]. 数字乡村发展动态, 2024(2)[引用日期]. ${url}.`,
    );
    expect(gbt7714(undated, '2025-03-01')).toBe(
      `中国信息通信研究院. 第七届中国农村电子商务大会在浙江丽水举办[J/OL]. 数字乡村发展动态, 2024(2)[2025-03-01]. ${url}.`,
    );
    const { before, after } = gbt7714Parts(undated);
    expect(`${before}[x]${after}`).toBe(gbt7714(undated, 'x'));
  });

  it('GB/T 7714: a Q&A article is [EB/OL] with its date of publication', () => {
    expect(gbt7714(article)).toBe(
      `网信中国. 中央网信办有关负责同志就《数字乡村发展行动计划（2022-2025年）》答记者问[EB/OL]. (2022-01-26)[引用日期]. ${SITE}/qa/digital-village-action-plan-2022-2025/#q2.`,
    );
  });

  it('APA 7th: institution as author, the year, the periodical and issue in italics', () => {
    expect(apaText(undated)).toBe(`中国信息通信研究院. (2024). 第七届中国农村电子商务大会在浙江丽水举办. 数字乡村发展动态, (2). ${url}`);
    expect(apaHtml(undated)).toContain('<i>数字乡村发展动态</i>');
    expect(apaText(article)).toContain('网信中国. (2022, January 26). 中央网信办有关负责同志就');
  });

  it('an undated issue gives the year only; a dated one its day', () => {
    expect(highwireTags(undated).citation_publication_date).toBe('2024');
    expect(highwireTags(dated).citation_publication_date).toBe('2024/02/25');
    expect(parse(ris(undated))[0]?.issued?.['date-parts']).toEqual([[2024]]);
    expect(parse(ris(dated))[0]?.issued?.['date-parts']).toEqual([[2024, 2, 25]]);
    expect(highwireTags(article).citation_publication_date).toBe('2022/01/26');
  });

  it('Highwire tags carry the serial and issue for an item, not for an article', () => {
    expect(highwireTags(undated)).toEqual({
      citation_title: '第七届中国农村电子商务大会在浙江丽水举办',
      citation_author: '中国信息通信研究院',
      citation_publisher: '中国信息通信研究院',
      citation_publication_date: '2024',
      citation_public_url: url,
      citation_language: 'zh',
      citation_journal_title: '数字乡村发展动态',
      citation_issue: '2',
    });
    expect(highwireTags(article).citation_journal_title).toBeUndefined();
  });

  it('APA HTML escapes the data', () => {
    const hostile = { ...undated, title: 'a <script>x</script> & b' };
    expect(apaHtml(hostile)).not.toContain('<script>');
  });
});

describe('reference files of the export', () => {
  it('one .bib and one .ris per item and per Q&A article, at the paths the cite panels link', () => {
    const files = citationFiles(bulletins, qas);
    const items = bulletins.flatMap((bulletin) => bulletinItems(bulletin).map((item) => ({ bulletin, item })));
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        ...items.flatMap(({ bulletin, item }) => [
          routes.itemCitation(bulletin.id, item.id, 'bib'),
          routes.itemCitation(bulletin.id, item.id, 'ris'),
        ]),
        ...qas.flatMap((qa) => [routes.qaCitation(qa.slug, 'bib'), routes.qaCitation(qa.slug, 'ris')]),
      ].sort(),
    );
    const first = items[0];
    if (!first) throw new Error('no seed item');
    const bib = files.find((f) => f.path === routes.itemCitation(first.bulletin.id, first.item.id, 'bib'));
    expect(bib?.body).toBe(bibtex(itemWork(first)));
  });
});
