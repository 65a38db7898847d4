/**
 * Front matter field messages in Chinese. The schemas (lib/content/schemas/) write their messages
 * in English, where zod reports them; this is their Chinese, keyed by the English text, so a
 * schema message without a Chinese one still prints (in English) instead of nothing. zod's own
 * "Invalid input: expected array, received string" is translated by its parts.
 */
const FIELD_MESSAGES_ZH: Readonly<Record<string, string>> = {
  'expected "数字乡村发展动态"': '应为“数字乡村发展动态”',
  'expected a whole number, for example 2024': '应为整数，例如 2024',
  'expected a year from 2000 to 2100': '年份应在 2000 到 2100 之间',
  'expected a whole number, for example 2': '应为整数，例如 2',
  'expected an issue number from 1 to 99': '期号应在 1 到 99 之间',
  'expected a real date as YYYY-MM-DD': '应为真实的日期，写作 YYYY-MM-DD',
  'expected text': '应为文字',
  'must not be blank': '不能为空',
  'expected a quoted string, for example "18536356372"': '应为加引号的字符串，例如 "18536356372"',
  'expected digits and dashes only, for example "010-62301618"': '只能有数字和短横线，例如 "010-62301618"',
  'list at least one phone number': '至少写一个联系电话',
  'expected an e-mail address': '应为电子邮箱地址',
  'list at least one e-mail address': '至少写一个电子邮箱',
  'expected a real date and time with its time zone, for example 2022-01-26T18:56:08+08:00':
    '应为带时区的真实日期和时间，例如 2022-01-26T18:56:08+08:00',
  'expected a full http(s) address': '应为完整的 http(s) 网址',
  'expected an ASCII slug: lowercase letters, digits and dashes': '应为 ASCII 网址名：小写字母、数字和短横线',
};

const TYPE_NAMES_ZH: Readonly<Record<string, string>> = {
  array: '列表',
  object: '一组字段',
  string: '文字',
  number: '数字',
  boolean: '是或否',
  null: '空值',
  undefined: '空值',
  date: '日期',
};

/** The Chinese of a field message; the English one when it has none yet. */
export function fieldMessageZh(message: string): string {
  const known = FIELD_MESSAGES_ZH[message];
  if (known) return known;
  const type = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (type) {
    const [, expected = '', received = ''] = type;
    return `应为${TYPE_NAMES_ZH[expected] ?? expected}，实际是${TYPE_NAMES_ZH[received] ?? received}`;
  }
  return message;
}

/** Every English field message with its Chinese, for the test that keeps them complete. */
export const KNOWN_FIELD_MESSAGES: readonly string[] = Object.keys(FIELD_MESSAGES_ZH);
