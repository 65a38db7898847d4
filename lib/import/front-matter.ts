import { Document, isScalar, isSeq, Scalar } from 'yaml';

/**
 * Render a content file's front matter block. The `yaml-language-server` comment gives
 * editors completion and checking against the published JSON Schema; the path is
 * relative to content/<kind>/, where imported files live.
 * Key order is the caller's object order; `undefined` values are left out.
 * `quoted` lists paths of string lists to write double-quoted whatever they hold:
 * phone numbers, so `"18536356372"` and `"010-62301618"` look alike and never turn into numbers.
 */
export function renderFrontMatter(
  schema: 'bulletin' | 'qa',
  data: Record<string, unknown>,
  quoted: readonly (readonly string[])[] = [],
): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  const doc = new Document(defined);
  for (const path of quoted) {
    const list = doc.getIn(path, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
  }
  // lineWidth 0: never fold long Chinese titles over several lines.
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n# yaml-language-server: $schema=../../public/schemas/${schema}.schema.json\n${yaml}---\n`;
}
