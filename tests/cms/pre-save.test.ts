import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImmutableMap } from '@/lib/cms/decap';
import { checkBulletinEntry, checkQaEntry } from '@/lib/cms/entry-check';
import { bulletinEntry, qaEntry } from '@/lib/cms/entry-file';
import { beforeSave, isRefusedSave, SaveRefused } from '@/lib/cms/pre-save';

const SEED = readFileSync('tests/fixtures/content/bulletins/2024-02.md', 'utf8');
const NEW = readFileSync('tests/fixtures/import/expected/bulletins/2024-05.md', 'utf8');
const QA = readFileSync('tests/fixtures/content/qa/digital-village-action-plan-2022-2025.md', 'utf8');

/** The little of Immutable.js the hook touches, over plain data. */
function immutable(data: Record<string, unknown>): ImmutableMap {
  const map = {
    get: (key: string) => data[key],
    getIn: (path: readonly (string | number)[]) => path.reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], data),
    set: (key: string, value: unknown) => immutable({ ...data, [key]: value }),
    setIn: (path: readonly (string | number)[], value: unknown): ImmutableMap => {
      const [head, ...rest] = path as string[];
      if (head === undefined) return map;
      return immutable({
        ...data,
        [head]: rest.length
          ? immutable(data[head] as Record<string, unknown>)
              .setIn(rest, value)
              .toJS()
          : value,
      });
    },
    clear: () => immutable({}),
    toList: () => ({ push: () => ({}) as never }),
    toJS: () => structuredClone(data),
  };
  return map as unknown as ImmutableMap;
}

const entry = (collection: string, data: object, path?: string) =>
  immutable({ collection, data: immutable(data as Record<string, unknown>), newRecord: !path, ...(path ? { path } : {}) });

describe('the check before saving', () => {
  it('names a new issue YYYY-NN.md from its year and number, zero-padded', () => {
    const data = bulletinEntry(NEW);
    delete data.issue.id;
    const saved = beforeSave({ entry: entry('bulletins', data) });
    expect(saved.getIn(['issue', 'id'])).toBe('2024-05');
    expect(checkBulletinEntry(data, undefined).path).toBe('content/bulletins/2024-05.md');
  });

  it('keeps the name of an existing file, whatever its fields say', () => {
    const data = bulletinEntry(SEED);
    expect(checkBulletinEntry(data, 'content/bulletins/2024-02.md')).toMatchObject({ path: 'content/bulletins/2024-02.md', problems: [] });
    expect(() => beforeSave({ entry: entry('bulletins', data, 'content/bulletins/2024-02.md') })).not.toThrow();
  });

  it('refuses an issue whose file has problems, naming the count and the first at its line', () => {
    const data = bulletinEntry(NEW);
    data.issue.body = '\n## 一、中央精神\n\n#### 1. 没有来源的条目\n\n正文。\n';
    expect(() => beforeSave({ entry: entry('bulletins', data) })).toThrow(
      /^有 \d+ 个问题，改正后才能保存（预览上方列出了全部）。第一个：content\/bulletins\/2024-05\.md:\d+:\d+/,
    );
  });

  it('is refused as Decap shows it: the message alone, no "Error:" before it, and its rejection is recognised as handled', () => {
    const data = bulletinEntry(NEW);
    data.issue.body = '\n## 一、中央精神\n\n#### 1. 没有来源的条目\n\n正文。\n';
    let thrown: unknown;
    try {
      beforeSave({ entry: entry('bulletins', data) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SaveRefused);
    // Decap's notice interpolates the error into 没有保存：%{details}, as a string.
    expect(`${thrown}`).toMatch(/^有 1 个问题/);
    expect(isRefusedSave(thrown)).toBe(true);
    // What Decap's persist rejects with: its failure action, the error inside.
    expect(isRefusedSave({ type: 'ENTRY_PERSIST_FAILURE', error: thrown })).toBe(true);
    expect(isRefusedSave({ type: 'ENTRY_PERSIST_FAILURE', error: new Error('network') })).toBe(false);
    expect(isRefusedSave(new Error('other'))).toBe(false);
  });

  it('refuses an issue without year or number, which could not be named', () => {
    const data = bulletinEntry(NEW);
    delete data.issue.number;
    delete data.issue.id;
    expect(checkBulletinEntry(data, undefined).path).toBe('content/bulletins/YYYY-NN.md');
    expect(() => beforeSave({ entry: entry('bulletins', data) })).toThrow(/个问题/);
  });

  it('checks a Q&A article by the same parser as validation', () => {
    const data = qaEntry(QA);
    expect(checkQaEntry(data, 'content/qa/digital-village-action-plan-2022-2025.md').problems).toEqual([]);
    expect(() => beforeSave({ entry: entry('qa', { ...data, title: '' }, 'content/qa/digital-village-action-plan-2022-2025.md') })).toThrow(
      /标题/,
    );
  });
});
