import { describe, expect, it } from 'vitest';
import { KNOWN_POLICIES, policySlug } from '@/lib/taxonomy/policies';
import { bookTitles, policyMentions } from '@/lib/taxonomy/policy-mentions';

describe('bookTitles', () => {
  it('finds every 《…》 title, outermost brackets only', () => {
    expect(bookTitles('充分衔接《数字乡村发展战略纲要》《“十四五”国家信息化规划》的目标').map((t) => t.title)).toEqual([
      '数字乡村发展战略纲要',
      '“十四五”国家信息化规划',
    ]);
    expect(bookTitles('《关于〈某条例〉的说明》').map((t) => t.title)).toEqual(['关于〈某条例〉的说明']);
    expect(bookTitles('《》 and an unclosed 《标题').map((t) => t.title)).toEqual([]);
  });
});

describe('policyMentions', () => {
  it('resolves a short name defined right after a full title, within the same scope', () => {
    const [first, second] = policyMentions([
      '印发《关于开展第二批国家数字乡村试点工作的通知》（以下简称《通知》），部署开展试点。',
      '《通知》明确了工作目标。',
    ]);
    expect(first).toEqual([{ title: '关于开展第二批国家数字乡村试点工作的通知' }]);
    expect(second).toEqual([{ title: '关于开展第二批国家数字乡村试点工作的通知', shortName: '通知' }]);
  });

  it('uses a definition from later in the scope too (a question before its answer defines the name)', () => {
    const [question, answer] = policyMentions([
      '请介绍一下出台《行动计划》的背景？',
      '制定了《数字乡村发展行动计划(2022-2025年)》(以下简称《行动计划》)。',
    ]);
    expect(question).toEqual([{ title: '数字乡村发展行动计划(2022-2025年)', shortName: '行动计划' }]);
    expect(answer).toEqual([{ title: '数字乡村发展行动计划(2022-2025年)' }]);
  });

  it('guesses nothing: an undefined short name stays a title of its own, and scopes do not share names', () => {
    expect(policyMentions(['《通知》要求各级部门加强指导。'])).toEqual([[{ title: '通知' }]]);
    const defined = policyMentions(['印发《关于认定示范基地的通知》（以下简称《通知》）']);
    const elsewhere = policyMentions(['《通知》提出']);
    expect(defined[0]?.[0]?.title).toBe('关于认定示范基地的通知');
    expect(elsewhere[0]?.[0]?.title).toBe('通知');
  });

  it('only a definition right after the title counts', () => {
    expect(policyMentions(['《甲文件》发布后，（以下简称《乙》）无关。《乙》']).flat()).toEqual([{ title: '甲文件' }, { title: '乙' }]);
  });
});

describe('policySlug', () => {
  it('gives known documents readable slugs, the same for full- and half-width brackets', () => {
    expect(policySlug('数字乡村发展行动计划（2022-2025年）')).toBe('digital-village-action-plan-2022-2025');
    expect(policySlug('数字乡村发展行动计划(2022-2025年)')).toBe('digital-village-action-plan-2022-2025');
    expect(new Set(KNOWN_POLICIES.map((p) => p.slug)).size).toBe(KNOWN_POLICIES.length);
  });

  it('gives other titles a stable ASCII hash slug', () => {
    const slug = policySlug('关于某项新工作的通知');
    expect(slug).toMatch(/^doc-[0-9a-f]{6}$/);
    expect(policySlug('关于某项新工作的通知')).toBe(slug);
    expect(policySlug('关于另一项工作的通知')).not.toBe(slug);
  });
});
