/**
 * Strings in code-unit order: the same on every machine. `localeCompare` without a locale
 * follows the host's ICU default, so file lists, problem lists and data rows sorted with it
 * could come out in another order on another machine and break reproducible builds.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
