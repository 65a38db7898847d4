/**
 * `2022-01-26T18:56:08+08:00` → `2022年1月26日 18:56（UTC+08:00）`, in the time zone the source
 * gave: the build machine's zone must not shift a date.
 */
export function formatDateTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, mo, d, h, mi, zone] = match;
  const offset = zone === 'Z' ? 'UTC' : `UTC${zone}`;
  return `${Number(y)}年${Number(mo)}月${Number(d)}日 ${h}:${mi}（${offset}）`;
}
