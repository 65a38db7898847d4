import { describe, expect, it } from 'vitest';
import { comparisonKey, endsSentence, normalizeCjkText } from '../../lib/import/text';

describe('normalizeCjkText', () => {
  it('removes spaces next to Han characters and CJK punctuation, keeps them between Latin words', () => {
    expect(normalizeCjkText('到 2026 年底, 高安辣椒 logo、文化衫')).toBe('到2026年底，高安辣椒logo、文化衫');
    expect(normalizeCjkText('农村地区 digital village 建设')).toBe('农村地区digital village建设');
    expect(normalizeCjkText('数字乡村 千村示范')).toBe('数字乡村千村示范');
  });

  it('turns half-width , : ( ) ; ? ! next to Han text into full width, and leaves ASCII alone', () => {
    expect(normalizeCjkText('乡(镇)或县级; 为什么? 参考!')).toBe('乡（镇）或县级；为什么？参考！');
    expect(normalizeCjkText('《通知》(以下简称《通知》), 决定')).toBe('《通知》（以下简称《通知》），决定');
    expect(normalizeCjkText('the rate (in %) is 1,000: ok')).toBe('the rate (in %) is 1,000: ok');
    expect(normalizeCjkText('上湖乡:“辣妹椒哥”')).toBe('上湖乡：“辣妹椒哥”');
  });

  it('keeps bracket pairs of one width', () => {
    expect(normalizeCjkText('中国政府网(www.gov.cn)')).toBe('中国政府网（www.gov.cn）');
    expect(normalizeCjkText('计划(2024-2028 年)')).toBe('计划（2024-2028年）');
  });

  it('keeps, and restores, the conventional space between joint issuers', () => {
    expect(normalizeCjkText('《中共中央 国务院关于…》')).toBe('《中共中央 国务院关于…》');
    expect(normalizeCjkText('落实中共中央国务院关于')).toBe('落实中共中央 国务院关于');
    expect(normalizeCjkText('中共中央办公厅国务院办公厅印发')).toBe('中共中央办公厅 国务院办公厅印发');
  });
});

describe('endsSentence', () => {
  it('tells a finished paragraph from one cut by a page break', () => {
    expect(endsSentence('……国家数据局印发《通知》。')).toBe(true);
    expect(endsSentence('他说：“要加快建设。”')).toBe(true);
    expect(endsSentence('……商务部、文化和旅游')).toBe(false);
    expect(endsSentence('基金目前已救助')).toBe(false);
  });
});

describe('comparisonKey', () => {
  it('ignores width and spacing differences between the TOC and the body', () => {
    expect(comparisonKey('中国证券业协会设立特困帮扶基金助力巩固脱贫攻坚 成果')).toBe(
      comparisonKey('中国证券业协会设立特困帮扶基金助力巩固脱贫攻坚成果'),
    );
    expect(comparisonKey('江西省高安市上湖乡:“辣妹椒哥”')).toBe(comparisonKey('江西省高安市上湖乡：“辣妹椒哥”'));
  });
});
