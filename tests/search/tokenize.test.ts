import { readdirSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../lib/search/normalize';
import { documentTerms, queryTerms, tokenize } from '../../lib/search/tokenize';
import { siteDocs } from './site-docs';

const docTerms = (s: string): string[] => [...documentTerms(s).keys()];
const terms = (q: string): string[] => queryTerms(q).terms;

describe('tokenize: Han runs', () => {
  it('indexes every character and every adjacent pair', () => {
    expect(docTerms('数字乡村').sort()).toEqual(['乡', '乡村', '字', '字乡', '数', '数字', '村'].sort());
  });

  it('queries Han runs as bigrams, a lone character as itself', () => {
    expect(terms('返贫')).toEqual(['返贫']);
    expect(terms('数字乡')).toEqual(['数字', '字乡']);
    expect(terms('贫')).toEqual(['贫']);
    expect(queryTerms('数字乡').fallback).toEqual(['数', '字', '乡']);
  });

  it('finds substrings inside longer words', () => {
    const doc = documentTerms('中国农业银行创设“三个基金”巩固脱贫攻坚成果');
    for (const q of ['农业银行', '银行', '脱贫', '攻坚成果', '农', '三个基金']) {
      for (const t of terms(q)) expect(doc.has(t), `${q} → ${t}`).toBe(true);
    }
    const fanpin = documentTerms('确保不发生规模性返贫');
    expect(terms('返贫').every((t) => fanpin.has(t))).toBe(true);
    const dx = documentTerms('扎实推进数字乡村建设');
    expect(terms('数字乡').every((t) => dx.has(t))).toBe(true);
  });

  it('every Han substring of a seed text is found by its own query terms', () => {
    const body = (siteDocs()[0] as { body: string }).body;
    const index = documentTerms(body);
    for (const piece of body.split(/[^\p{Script=Han}]+/u).filter(Boolean)) {
      for (let i = 0; i < piece.length; i++) {
        for (let len = 1; len <= 6 && i + len <= piece.length; len++) {
          for (const t of terms(piece.slice(i, i + len))) expect(index.has(t)).toBe(true);
        }
      }
    }
  });

  it('counts term frequency', () => {
    const m = documentTerms('返贫，防返贫');
    expect(m.get('返贫')).toBe(2);
    expect(m.get('防')).toBe(1);
  });
});

describe('tokenize: Latin, digits, mixed scripts', () => {
  it('keeps Latin and digit runs whole and lowercased', () => {
    expect(terms('5G')).toEqual(['5g']);
    expect(terms('2023')).toEqual(['2023']);
    expect(terms('APP Logo')).toEqual(['app', 'logo']);
  });

  it('splits mixed runs into words and Han tokens', () => {
    expect(terms('5G乡村')).toEqual(['5g', '乡村']);
    expect(terms('5G 乡村')).toEqual(['5g', '乡村']);
    expect(docTerms('5G乡村').sort()).toEqual(['5g', '乡', '乡村', '村'].sort());
    expect(terms('2023 优秀案例')).toEqual(['2023', '优秀', '秀案', '案例']);
    expect(terms('2023年数字乡村建设优秀案例')).toContain('2023');
    expect(docTerms('4G深化普及、5G创新应用')).toEqual(expect.arrayContaining(['4g', '5g', '深化', '创新']));
  });

  it('keeps a decimal point between digits', () => {
    expect(terms('2.5万公斤')).toEqual(['2.5', '万公', '公斤']);
    expect(terms('v1.')).toEqual(['v1']);
    expect(terms('liuchenxil@caict.ac.cn')).toEqual(['liuchenxil', 'caict', 'ac', 'cn']);
  });
});

describe('tokenize: punctuation and width', () => {
  it('drops CJK, ASCII and full-width punctuation and never bridges it', () => {
    expect(terms('“千万工程”、《通知》！？…—·（）【】「」,.;:!?()[]{}\'"')).toEqual(['千万', '万工', '工程', '通知']);
    expect(docTerms('数字，乡村')).not.toContain('字乡');
    expect(docTerms('数字 乡村')).not.toContain('字乡');
    expect(terms('！？。，、；：')).toEqual([]);
    expect(terms('   ')).toEqual([]);
  });

  it('folds full-width letters and digits (NFKC) and case', () => {
    expect(terms('５Ｇ')).toEqual(['5g']);
    expect(terms('ＡＢＣ')).toEqual(['abc']);
    expect(terms('ａｂｃ１２３')).toEqual(['abc123']);
    expect(terms('５Ｇ乡村')).toEqual(terms('5g乡村'));
    expect(terms('Ｌｏｇｏ')).toEqual(terms('logo'));
  });

  it('reports offsets in the original text, also where NFKC changes length', () => {
    const text = '５Ｇ乡村 ﬁle ㈱';
    const toks = tokenize(text);
    const five = toks.find((t) => t.term === '5g');
    expect(five && text.slice(five.start, five.end)).toBe('５Ｇ');
    const fi = toks.find((t) => t.term === 'file');
    expect(fi && text.slice(fi.start, fi.end)).toBe('ﬁle');
    const kabu = toks.find((t) => t.term === '株');
    expect(kabu && text.slice(kabu.start, kabu.end)).toBe('㈱');
    const n = normalizeWithMap('Ａé');
    expect(n.text).toBe('aé');
    expect([...n.from]).toEqual([0, 1]);
  });

  it('treats a Han character outside the BMP as one character', () => {
    expect(terms('𠀀乡')).toEqual(['𠀀乡']);
    expect(docTerms('𠀀乡')).toContain('𠀀');
  });
});

/** Queries from pieces that exercise the scanner: Han (also outside the BMP and traditional), stop words, words, decimals, NFKC. */
const queryText = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
const CONTENT = ['数', '字', '乡', '村', '農', '鄉', '𠀀', '豈', 'Ａ', '５', 'g', 'é', 'e\u0301', '2.5', '.', '㈱', 'ﬁ', ' ', '，', '!'];
const STOPS = ['是', '什么', '的', '了', '哪里', '了解', '目的', '吗'];

describe('queryTerms: the document tokenizer, read as a query', () => {
  const unique = (xs: string[]) => [...new Set(xs)];

  test.prop([queryText(CONTENT)], { numRuns: 400 })('without stop words: bigrams, lone characters and words, in order', (q) => {
    const tokens = tokenize(q);
    const touchesPair = (t: (typeof tokens)[number]) => tokens.some((p) => p.kind === 'han2' && (p.start === t.start || p.end === t.end));
    const expected = tokens.filter((t) => t.kind !== 'han1' || !touchesPair(t)).map((t) => t.term);
    expect(queryTerms(q).terms).toEqual(unique(expected));
    expect(queryTerms(q).fallback).toEqual(unique(tokens.filter((t) => t.kind !== 'han2').map((t) => t.term)));
  });

  test.prop([queryText([...CONTENT, ...STOPS])], { numRuns: 400 })('with stop words: every term is an index term of the same text', (q) => {
    const index = documentTerms(q);
    const { terms, fallback } = queryTerms(q);
    for (const t of [...terms, ...fallback]) expect(index.has(t), t).toBe(true);
  });
});

describe('tokenize: portability', () => {
  it('uses no locale- or ICU-dependent APIs', () => {
    const dir = new URL('../../lib/search/', import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(new URL(f, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(src, f).not.toMatch(/Intl\.|Segmenter|localeCompare|toLocale|\\p\{(?!Script=Han\})/);
    }
  });
});
