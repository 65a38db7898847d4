import { describe, expect, it } from 'vitest';
import { LANGS } from '../../lib/content/rules';
import { formatImportError, importError, relocateImportError } from '../../lib/import/errors';
import { IMPORT_MESSAGES, type ImportMessageId, importMessage } from '../../lib/import/messages';

const ids = Object.keys(IMPORT_MESSAGES) as ImportMessageId[];
const HAN = /\p{Script=Han}/u;
/** The message without what its parameters put in: the catalogue's own words. */
const ownWords = (text: string, params: unknown) =>
  JSON.stringify(params)
    .match(/"[^"]*"/gu)
    ?.map((s) => s.slice(1, -1))
    .reduce((rest, value) => (value ? rest.split(value).join('') : rest), text) ?? text;

describe('importer messages', () => {
  it('are catalogued under stable ids', () => {
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
  });

  it.each(ids)('%s has its text in both languages, made from its example', (id) => {
    const { example } = IMPORT_MESSAGES[id];
    const [zh, en] = LANGS.map((lang) => importMessage(id, example as never, lang));
    expect(zh).not.toBe(en);
    // Chinese words of its own, not only the names it quotes; English sentences around them.
    expect(ownWords(zh as string, example)).toMatch(HAN);
    expect(ownWords(en as string, example)).toMatch(/[a-z]{2,}/u);
  });

  it('carry both languages and print Chinese by default, English for developers', () => {
    const problem = {
      ...importError('item-no-source', 3, { item: { section: '二', subsection: '一', number: 1, title: '中央网信办等11部门联合印发…' } }),
      page: 2,
    };
    expect(formatImportError('2024-04.pdf', problem)).toBe(
      '2024-04.pdf:第2页第3行  二、（一）第1条“中央网信办等11部门联合印发…”：缺少信息来源行，请在正文后加（信息来源：…）',
    );
    expect(formatImportError('2024-04.pdf', problem, 'en')).toBe(
      '2024-04.pdf:page 2:line 3  item 1 "中央网信办等11部门联合印发…" has no source line: add （信息来源：…） after its text',
    );
    expect(formatImportError('2024-04.txt', { ...problem, page: undefined })).toMatch(/^2024-04\.txt:3 {2}二、（一）第1条/u);
  });

  it('from a PDF, name every line by its page: the problem and each other line its message points to', () => {
    const pages = new Map([
      [12, { page: 2, line: 5 }],
      [40, { page: 4, line: 9 }],
    ]);
    const where = (line: number) => pages.get(line) ?? { page: 1, line: 1 };
    const retitled = importError('toc-title-differs', 40, { kind: 'item', tocAt: { line: 12 }, body: '甲', toc: '乙' });
    const located = relocateImportError(retitled, where);
    expect(formatImportError('x.pdf', located)).toBe('x.pdf:第4页第9行  条目标题与本期导读（第2页第5行）不一致：正文是“甲”，目录是“乙”');
    expect(formatImportError('x.pdf', located, 'en')).toBe(
      'x.pdf:page 4:line 9  item title differs from 本期导读 (page 2, line 5): body has "甲", table of contents has "乙"',
    );
    expect(formatImportError('x.txt', retitled)).toBe('x.txt:40  条目标题与本期导读（第 12 行）不一致：正文是“甲”，目录是“乙”');
  });
});
