/**
 * TEST-ONLY: deterministic synthetic archives built from phrases of the seed
 * content, so character statistics look like the real bulletin.
 */
import type { SearchDocument } from '../../lib/search/types';
import { pick, rng } from '../../lib/testing/random';
import { siteDocs } from './site-docs';

export function seedPhrases(): string[] {
  const text = siteDocs()
    .map((d) => `${d.title}。${d.body}`)
    .join('。');
  return [...new Set(text.split(/[，。、；：！？\n“”《》（）]+/).filter((p) => p.length >= 2))];
}

const SECTIONS: Array<[string, string | undefined]> = [
  ['central', undefined],
  ['work', 'ministries'],
  ['work', 'local'],
  ['practice', 'local-practice'],
  ['practice', 'enterprise'],
];
const EXTRA = ['5G', 'APP', 'AI', 'IPv6', '2023', '2024', 'Logo', '４Ｇ', 'ＡＢＣ'];

/** `n` documents; issues of ~12 items, several items per issue sharing one `order`. */
export function syntheticDocs(n: number, seed = 1, bodyPhrases: [number, number] = [4, 14]): SearchDocument[] {
  const r = rng(seed);
  const phrases = seedPhrases();
  const docs: SearchDocument[] = [];
  for (let i = 0; i < n; i++) {
    const qa = r() < 0.15;
    const year = 2019 + Math.floor(r() * 7);
    const number = 1 + Math.floor(r() * 12);
    const title = Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(r, phrases)).join('');
    const len = bodyPhrases[0] + Math.floor(r() * (bodyPhrases[1] - bodyPhrases[0]));
    const parts = Array.from({ length: len }, () => (r() < 0.08 ? pick(r, EXTRA) : pick(r, phrases)));
    const body = `${parts.join('，')}。`;
    const issue = `${year}-${String(number).padStart(2, '0')}`;
    const doc: SearchDocument = {
      id: qa ? `q/synthetic-${i}/q${1 + (i % 6)}` : `b/${issue}/s${i}`,
      type: qa ? 'qa' : 'bulletin',
      title,
      body,
      url: qa ? `/qa/synthetic-${i}/#q1` : `/bulletins/${issue}/s${i}/`,
      year,
      order: year * 1000 + number * 10,
    };
    if (!qa) {
      const [section, subsection] = pick(r, SECTIONS);
      doc.section = section;
      if (subsection) doc.subsection = subsection;
      doc.issue = issue;
      doc.parentLabel = `${year}年第${number}期`;
    }
    if (r() < 0.5) doc.source = pick(r, ['新华社', '网信中国', '农业农村部官网']);
    docs.push(doc);
  }
  return docs;
}

/** Queries for equivalence tests: substrings of documents, single chars, words, misses, multi-term. */
export function syntheticQueries(docs: readonly SearchDocument[], count: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = ['', '乡村', '数字乡村', '5g', '５Ｇ 乡村', '不存在的词', 'xyz', '村', '2023', '农业 农村', '农村电商发展'];
  while (out.length < count) {
    const d = pick(r, docs);
    const text = r() < 0.3 ? d.title : d.body;
    const len = 1 + Math.floor(r() * 6);
    const start = Math.floor(r() * Math.max(1, text.length - len));
    let q = text.slice(start, start + len);
    if (r() < 0.2) q += ` ${pick(r, docs).title.slice(0, 2)}`;
    out.push(q);
  }
  return out;
}
