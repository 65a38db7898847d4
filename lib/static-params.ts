/** The one param value generated for a taxonomy that has no terms yet; its page is the 404 page. */
export const NO_TERMS = '_none';

/**
 * A static export must generate at least one page per dynamic route, so a taxonomy with no
 * terms (no Q&A with tags yet, say) would stop the build. It gets one placeholder page
 * instead, which renders notFound(), is listed nowhere, and is removed from the export
 * after the build (scripts/finish-export.ts).
 */
export function atLeastOne<K extends string>(key: K, values: readonly string[]): Record<K, string>[] {
  const list = values.length > 0 ? values : [NO_TERMS];
  return list.map((value) => ({ [key]: value }) as Record<K, string>);
}
