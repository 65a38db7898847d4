import { z } from 'zod';
import { ASCII_SLUG } from '../../routes';
import { plainText } from './text';

/** Front matter of one Q&A article (答记者问): content/qa/<ascii-slug>.md. */
export const qaFrontMatterSchema = z
  .strictObject({
    /** The article's title as published. */
    title: plainText().describe('文章标题，与原文一致。').meta({ title: '标题' }),
    /** Publication time with its time zone: 2022-01-26T18:56:08+08:00. */
    date: z.iso
      .datetime({ offset: true, error: 'expected a real date and time with its time zone, for example 2022-01-26T18:56:08+08:00' })
      .describe('发布时间，带时区，例如 2022-01-26T18:56:08+08:00（北京时间加 +08:00）。')
      .meta({ title: '发布时间' }),
    /** Who published it (文章来源): 网信中国. */
    source: plainText().describe('原文的文章来源，例如 网信中国。').meta({ title: '文章来源' }),
    /** The original article's address. */
    url: z
      .url({ protocol: /^https?$/, error: 'expected a full http(s) address' })
      .describe('原文网址，以 http:// 或 https:// 开头。')
      .meta({ title: '原文网址' }),
    /** Categories from the source site, as ASCII slugs. */
    categories: z
      .array(z.string().regex(ASCII_SLUG, 'expected an ASCII slug: lowercase letters, digits and dashes'))
      .default([])
      .describe('分类，每项用小写英文字母、数字和连字符，例如 policy。')
      .meta({ title: '分类' }),
    /** Free tags, in Chinese or English. */
    tags: z.array(plainText()).default([]).describe('标签，中英文均可，每个标签一项。').meta({ title: '标签' }),
    /** One or two sentences for listings and search engines. */
    summary: plainText().optional().describe('一两句话的摘要，显示在文章列表中，也供搜索引擎使用。').meta({ title: '摘要' }),
  })
  .describe('一篇政策答记者问。');

export type QaFrontMatter = z.output<typeof qaFrontMatterSchema>;
