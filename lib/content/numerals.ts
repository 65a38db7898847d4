/** Chinese numerals as the bulletin prints them in headings: 一 … 九十九. */
const DIGITS = '〇一二三四五六七八九';

export function chineseNumeralToNumber(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return undefined;
  if (text === '十') return 10;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return text.length === 1 ? DIGITS.indexOf(text) : undefined;
  const tens = tenAt === 0 ? 1 : DIGITS.indexOf(text[0] ?? '');
  const ones = text.length > tenAt + 1 ? DIGITS.indexOf(text[tenAt + 1] ?? '') : 0;
  if (tenAt > 1 || text.length > tenAt + 2 || tens < 1 || ones < 0) return undefined;
  return tens * 10 + ones;
}

export function numberToChineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`no numeral for ${n}`);
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
