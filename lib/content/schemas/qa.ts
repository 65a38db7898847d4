import { z } from 'zod';
import { ASCII_SLUG } from '../../routes';
import { plainText } from './text';

/** Front matter of one Q&A article (答记者问): content/qa/<ascii-slug>.md. */
export const qaFrontMatterSchema = z
  .strictObject({
    /** The article's title as published. */
    title: plainText().describe("The article's title as published.").meta({ title: '标题' }),
    /** Publication time with its time zone: 2022-01-26T18:56:08+08:00. */
    date: z.iso
      .datetime({ offset: true, error: 'expected a real date and time with its time zone, for example 2022-01-26T18:56:08+08:00' })
      .describe('Publication time with its time zone: 2022-01-26T18:56:08+08:00.')
      .meta({ title: '发布时间' }),
    /** Who published it (文章来源): 网信中国. */
    source: plainText().describe('Who published it (文章来源): 网信中国.').meta({ title: '文章来源' }),
    /** The original article's address. */
    url: z
      .url({ protocol: /^https?$/, error: 'expected a full http(s) address' })
      .describe("The original article's address.")
      .meta({ title: '原文网址' }),
    /** Categories from the source site, as ASCII slugs. */
    categories: z
      .array(z.string().regex(ASCII_SLUG, 'expected an ASCII slug: lowercase letters, digits and dashes'))
      .default([])
      .describe('Categories, as ASCII slugs.')
      .meta({ title: '分类' }),
    /** Free tags, in Chinese or English. */
    tags: z.array(plainText()).default([]).describe('Free tags.').meta({ title: '标签' }),
    /** One or two sentences for listings and search engines. */
    summary: plainText().optional().describe('One or two sentences for listings and search engines.').meta({ title: '摘要' }),
  })
  .describe('A policy Q&A article (答记者问).');

export type QaFrontMatter = z.output<typeof qaFrontMatterSchema>;
