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
      .describe(`The series name: ${SERIES_NAME}.`)
      .meta({ title: '刊名' }),
    /** Year of the issue (2024 for 2024年第2期). */
    year: z
      .int('expected a whole number, for example 2024')
      .min(2000, 'expected a year from 2000 to 2100')
      .max(2100, 'expected a year from 2000 to 2100')
      .describe('Year of the issue: 2024 for 2024年第2期.')
      .meta({ title: '年份' }),
    /** Number of the issue within its year (2 for 2024年第2期). */
    number: z
      .int('expected a whole number, for example 2')
      .min(1, 'expected an issue number from 1 to 99')
      .max(99, 'expected an issue number from 1 to 99')
      .describe('Number within the year: 2 for 2024年第2期.')
      .meta({ title: '期号' }),
    /** Publisher as printed on the cover. */
    publisher: plainText().describe('Publisher as printed: 中国信息通信研究院.').meta({ title: '编制单位' }),
    /** The department printed above the contacts: 产业与规划研究所 新基建与数字化发展研究部. */
    department: plainText().describe('Department printed above the contacts.').meta({ title: '部门' }),
    contacts: contactsSchema,
    /** Publication date, only when the source gives one (YYYY-MM-DD). Never guess it. */
    date: z.iso
      .date('expected a real date as YYYY-MM-DD')
      .optional()
      .describe('Publication date (YYYY-MM-DD), only when the source gives one. Never guess it.')
      .meta({ title: '出版日期' }),
    /** The original PDF, kept at public/pdf/YYYY-NN.pdf: the importer names it; a hand-written issue has none. */
    pdf: z
      .string()
      .regex(/^\/pdf\/\d{4}-\d{2}\.pdf$/u, 'expected the address of the original PDF, /pdf/YYYY-NN.pdf')
      .optional()
      .describe('The original PDF, /pdf/YYYY-NN.pdf under public/, when the issue was imported from it.')
      .meta({ title: '原版 PDF' }),
    /** One or two sentences for the issue list and search engines. */
    summary: plainText().optional().describe('One or two sentences for listings and search engines.').meta({ title: '摘要' }),
  })
  .describe('数字乡村发展动态: one bulletin issue.');

export type BulletinFrontMatter = z.output<typeof bulletinFrontMatterSchema>;
