/**
 * The open data's rows, one zod schema per file. The descriptions are for the readers of
 * the data (the /data/ page lists them, the JSON Schemas carry them), so they are Chinese.
 */
import { z } from 'zod';

/** Names of the terms one row names, in the site's order. */
const names = (description: string) => z.array(z.string()).describe(description);

/** When the source gives a date; null otherwise, never guessed. */
const issueDate = () => z.iso.date().nullable().describe('出版日期（YYYY-MM-DD），原刊未注明时为 null');

/** One bulletin item: a row of items.json and items.csv. */
export const itemRecordSchema = z
  .strictObject({
    /** The issue's URL segment: 2024-02. */
    issue_id: z.string().describe('期次编号，与网址一致，如 2024-02'),
    /** Year of the issue. */
    year: z.int().describe('年份'),
    /** Number of the issue within its year. */
    number: z.int().describe('当年期号'),
    /** Publication date, when printed. */
    date: issueDate(),
    /** Section name as printed. */
    section: z.string().describe('栏目，如 工作动态'),
    /** Subsection name as printed, null in a section without subsections. */
    subsection: z.string().nullable().describe('子栏目，如 部委动态；栏目下无子栏目时为 null'),
    /** Position in the issue, as in the item's URL. */
    item_id: z.string().describe('条目在本期中的位置，与网址一致，如 2-1-1 即 二、（一）1.'),
    /** The printed number within its (sub)section. */
    item_number: z.int().describe('条目在所属栏目中的序号'),
    /** Title as printed. */
    title: z.string().describe('标题'),
    /** The paragraphs, separated by a blank line; figures are left out. */
    text: z.string().describe('正文各段，段间空一行（不含图片）'),
    /** 信息来源. */
    source: z.string().describe('信息来源'),
    /** Provincial-level divisions the text names. */
    regions: names('正文提到的省级行政区（全称）'),
    /** Policy documents the text cites. */
    policies: names('正文提到的政策文件（书名号内的标题）'),
    /** The item's page. */
    url: z.url().describe('条目页面地址'),
  })
  .describe('《数字乡村发展动态》的一个条目');

/** One question of a policy Q&A article: a row of qa.json and qa.csv. */
export const qaRecordSchema = z
  .strictObject({
    /** The article's URL segment. */
    article_slug: z.string().describe('文章编号，与网址一致'),
    /** The article's title. */
    article_title: z.string().describe('文章标题'),
    /** Publication time with its time zone. */
    date: z.string().describe('发布时间（含时区）'),
    /** 文章来源. */
    source: z.string().describe('文章来源'),
    /** Category names. */
    categories: names('文章分类'),
    /** Free tags. */
    tags: names('文章标签'),
    /** The question's anchor on the article page. */
    question_id: z.string().describe('问题在文章页中的锚点：q1、q2……'),
    /** Place in the article, from 1. */
    question_number: z.int().describe('问题在文章中的序号，从 1 起'),
    /** The question. */
    title: z.string().describe('问题'),
    /** The answer. */
    text: z.string().describe('回答全文'),
    /** Provincial-level divisions the question and answer name. */
    regions: names('问答提到的省级行政区（全称）'),
    /** Policy documents the question and answer cite. */
    policies: names('问答提到的政策文件'),
    /** The question on its article page. */
    url: z.url().describe('问题所在页面地址（含锚点）'),
  })
  .describe('政策答记者问中的一个问题');

/** One bulletin issue: a row of issues.json. */
export const issueRecordSchema = z
  .strictObject({
    /** The issue's URL segment. */
    issue_id: z.string().describe('期次编号，与网址一致，如 2024-02'),
    /** 2024年第2期. */
    label: z.string().describe('期次，如 2024年第2期'),
    /** Year of the issue. */
    year: z.int().describe('年份'),
    /** Number within the year. */
    number: z.int().describe('当年期号'),
    /** Publication date, when printed. */
    date: issueDate(),
    /** Publisher as printed. */
    publisher: z.string().describe('编制单位'),
    /** Department printed above the contacts. */
    department: z.string().describe('编制部门'),
    /** Summary, when the issue has one. */
    summary: z.string().nullable().describe('摘要；没有时为 null'),
    /** How many items the issue holds. */
    item_count: z.int().describe('本期条目数'),
    /** The issue's page. */
    url: z.url().describe('本期页面地址'),
  })
  .describe('《数字乡村发展动态》的一期');

export type ItemRecord = z.infer<typeof itemRecordSchema>;
export type QaRecord = z.infer<typeof qaRecordSchema>;
export type IssueRecord = z.infer<typeof issueRecordSchema>;

/** A JSON data file: its schema's address, what it holds, its licence line and its rows. */
export function dataDocumentSchema<T extends z.ZodType>(record: T, description: string) {
  return z
    .strictObject({
      /** Address of the file's JSON Schema. */
      $schema: z.url().describe('本文件的 JSON Schema 地址'),
      /** What the file holds. */
      description: z.string().describe('文件说明'),
      /** Terms of use. */
      licence: z.string().describe('使用说明'),
      /** The rows. */
      records: z.array(record).describe('数据行'),
    })
    .describe(description);
}
