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

/** `2022-01-26…` → `2022年1月26日`: the day as written, whatever the zone. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * The year of an ISO date in its own zone: 2022-01-26T18:56:08+08:00 is 2022 wherever the
 * build runs (a Date would move it to the machine's zone).
 */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
