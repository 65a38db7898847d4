/**
 * A reference in GB/T 7714-2015 (信息与文献 参考文献著录规则), written by hand: no
 * citation style that citation-js ships writes it.
 *
 * Document type codes (附录 B):
 *   - a bulletin item is [J/OL]: 数字乡村发展动态 comes out in numbered issues under one
 *     title year after year, a 连续出版物, so an item is a 析出文献 of a serial (§4.4.2),
 *     whose code is J, read online (OL). Its place is year(issue), 2024(2), as the
 *     standard writes a serial without volumes (图书情报工作, 2008(6)). [EB/OL] would drop
 *     the series and the issue, which is how a reader finds the item again.
 *   - a Q&A article is [EB/OL]: a one-off web publication of 网信中国, cited as an
 *     electronic resource (§4.8) with its publication date in parentheses.
 *
 * The 引用日期 (date of access) is the reader's: `parts` leaves a slot for it, which the
 * page fills with the reader's own date.
 */
import type { CitedWork } from './work';

export const GBT_ACCESS_PLACEHOLDER = '引用日期';

/** The reference around its access-date slot: `${before}[${accessed}]${after}`. */
export function gbt7714Parts(work: CitedWork): { before: string; after: string } {
  if (work.kind === 'serial-item') {
    return {
      before: `${work.author}. ${work.title}[J/OL]. ${work.series}, ${work.year}(${work.issue})`,
      after: `. ${work.url}.`,
    };
  }
  return { before: `${work.author}. ${work.title}[EB/OL]. (${work.date})`, after: `. ${work.url}.` };
}

/** The whole reference; `accessed` is YYYY-MM-DD, or the placeholder the reader replaces. */
export function gbt7714(work: CitedWork, accessed: string = GBT_ACCESS_PLACEHOLDER): string {
  const { before, after } = gbt7714Parts(work);
  return `${before}[${accessed}]${after}`;
}
