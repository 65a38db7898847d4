import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderBlocks } from '@/lib/content/markdown';
import { chineseNumeralToNumber, numberToChineseNumeral } from '@/lib/content/numerals';
import { parseQaFile } from '@/lib/content/qa-file';
import { formatDateTime } from '@/lib/dates';
import { SEED_QA } from './helpers';

const render = (markdown: string) => renderBlocks(parseMarkdown(markdown).children).html;

describe('the seed Q&A', () => {
  const { article, problems } = parseQaFile(SEED_QA, 'content/qa/digital-village-action-plan-2022-2025.md');

  it('parses its six questions with stable anchors', () => {
    expect(problems).toEqual([]);
    expect(article?.questions.map((q) => [q.id, q.title])).toEqual([
      ['q1', '一、请介绍一下出台《行动计划》的背景？'],
      ['q2', '二、《行动计划》对“十四五”时期数字乡村发展提出了什么目标？'],
      ['q3', '三、《行动计划》部署了哪些重点任务和工程？'],
      ['q4', '四、《行动计划》如何考虑网络帮扶与数字乡村之间的有效衔接？'],
      ['q5', '五、《行动计划》如何激发数字乡村发展的内生动力？'],
      ['q6', '六、下一步如何推动《行动计划》贯彻落实？'],
    ]);
  });

  it('keeps the date with its time zone, the source and the original link', () => {
    expect(article).toMatchObject({
      date: '2022-01-26T18:56:08+08:00',
      source: '网信中国',
      url: 'http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201262262879086',
      tags: ['网信中国新闻'],
    });
    expect(formatDateTime(article?.date ?? '')).toBe('2022年1月26日 18:56（UTC+08:00）');
  });

  it('renders bold next to CJK punctuation as bold', () => {
    expect(article?.questions[5]?.html).toContain('<strong>一是加强组织领导。</strong>建立健全');
  });
});

describe('the sanitizer', () => {
  it('drops scripts, event handlers and javascript: URLs from HTML in Markdown', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<p onclick="alert(2)">文字<img src="x" onerror="alert(3)"></p>\n\n[链接](javascript:alert(4)) <a href="javascript:alert(5)">甲</a>\n\n<iframe src="https://example.com"></iframe>',
    );
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe|alert\(/i);
    expect(html).toContain('文字');
    expect(html).toContain('甲');
  });

  it('keeps ordinary formatting and links', () => {
    expect(render('**重点** 与 [新华社](https://www.news.cn/)')).toBe(
      '<p><strong>重点</strong> 与 <a href="https://www.news.cn/">新华社</a></p>',
    );
  });
});

describe('Chinese numerals', () => {
  it('round-trip from 1 to 99', () => {
    for (let n = 1; n < 100; n++) expect(chineseNumeralToNumber(numberToChineseNumeral(n))).toBe(n);
    expect(numberToChineseNumeral(12)).toBe('十二');
    expect(numberToChineseNumeral(20)).toBe('二十');
    expect(chineseNumeralToNumber('二二')).toBeUndefined();
  });
});
