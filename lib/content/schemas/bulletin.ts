import { z } from 'zod';
import { contactsSchema } from './contacts';
import { plainText } from './text';

export const SERIES_NAME = '数字乡村发展动态';

/** Front matter of one bulletin issue: content/bulletins/YYYY-NN.md. */
export const bulletinFrontMatterSchema = z
  .strictObject({
    /** The series name as printed on the cover. */
    series: z
      .literal(SERIES_NAME, { error: `expected "${SERIES_NAME}"` })
      .describe(`刊名，固定为“${SERIES_NAME}”。`)
      .meta({ title: '刊名' }),
    /** Year of the issue (2024 for 2024年第2期). */
    year: z
      .int('expected a whole number, for example 2024')
      .min(2000, 'expected a year from 2000 to 2100')
      .max(2100, 'expected a year from 2000 to 2100')
      .describe('本期的年份：2024年第2期填 2024。')
      .meta({ title: '年份' }),
    /** Number of the issue within its year (2 for 2024年第2期). */
    number: z
      .int('expected a whole number, for example 2')
      .min(1, 'expected an issue number from 1 to 99')
      .max(99, 'expected an issue number from 1 to 99')
      .describe('本期在当年的期号：2024年第2期填 2。')
      .meta({ title: '期号' }),
    /** Publisher as printed on the cover. */
    publisher: plainText().describe('封面上印的编制单位，例如 中国信息通信研究院。').meta({ title: '编制单位' }),
    /** The department printed above the contacts: 产业与规划研究所 新基建与数字化发展研究部. */
    department: plainText().describe('刊末联系方式上方印的部门，例如 产业与规划研究所 新基建与数字化发展研究部。').meta({ title: '部门' }),
    contacts: contactsSchema,
    /** Publication date, only when the source gives one (YYYY-MM-DD). Never guess it. */
    date: z.iso
      .date('expected a real date as YYYY-MM-DD')
      .optional()
      .describe('出版日期，写成 2024-05-20 的样子；只在原刊印有日期时填写，不要推测。')
      .meta({ title: '出版日期' }),
    /** One or two sentences for the issue list and search engines. */
    summary: plainText().optional().describe('一两句话的摘要，显示在各期列表中，也供搜索引擎使用。').meta({ title: '摘要' }),
  })
  .describe('《数字乡村发展动态》的一期。');

export type BulletinFrontMatter = z.output<typeof bulletinFrontMatterSchema>;
