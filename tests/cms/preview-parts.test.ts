import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineOffset } from '@/lib/cms/body-cursor';
import { bodyParts, partAt } from '@/lib/cms/body-parts';
import { bodyStartLine, checkBulletinEntry } from '@/lib/cms/entry-check';
import { bulletinEntry } from '@/lib/cms/entry-file';

const BODY = '\n## 一、中央精神\n\n#### 1. 没有来源的条目\n\n正文。\n\n#### 2. 第二条\n\n正文。\n\n（信息来源：新华社）\n';

describe('a refused body, cut at its headings for the preview', () => {
  it('gives each heading and what follows it, with the line it starts on', () => {
    const parts = bodyParts(BODY) ?? [];
    expect(parts.map((part) => [part.startLine, part.heading?.depth, part.heading?.text, part.nodes.length])).toEqual([
      [2, 2, '一、中央精神', 0],
      [4, 4, '1. 没有来源的条目', 1],
      [8, 4, '2. 第二条', 2],
    ]);
    expect(bodyParts('开头一段。\n\n## 一、问题\n\n回答。\n')?.map((part) => [part.startLine, part.heading?.text])).toEqual([
      [1, undefined],
      [3, '一、问题'],
    ]);
  });

  it('finds the part a line is in; none before the first', () => {
    const parts = bodyParts(BODY) ?? [];
    expect([1, 2, 3, 4, 7, 8, 13].map((line) => partAt(parts, line))).toEqual([-1, 0, 0, 1, 1, 2, 2]);
  });

  it('a problem of the saved file lands on the item it names', () => {
    const data = bulletinEntry(readFileSync('tests/fixtures/import/expected/bulletins/2024-05.md', 'utf8'));
    data.issue.body = BODY;
    const checked = checkBulletinEntry(data, undefined);
    const [problem] = checked.problems;
    expect(problem?.field).toBe('item.source');
    const bodyLine = (problem?.line ?? 0) - bodyStartLine(checked.text) + 1;
    expect(partAt(bodyParts(BODY) ?? [], bodyLine)).toBe(1);
  });

  it('leaves a body past the parser’s limits as text', () => {
    expect(bodyParts(`${'> '.repeat(200)}深\n`)).toBeUndefined();
  });
});

describe('跳到此处', () => {
  it('finds where a line starts, past the end for a line beyond it', () => {
    expect([1, 2, 4, 14].map((line) => lineOffset(BODY, line))).toEqual([0, 1, BODY.indexOf('####'), BODY.length]);
    expect(BODY.slice(lineOffset(BODY, 8)).startsWith('#### 2.')).toBe(true);
  });
});
