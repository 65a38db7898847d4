import { stringify } from 'yaml';

/**
 * Render a content file's front matter block. The `yaml-language-server` comment gives
 * editors completion and checking against the published JSON Schema; the path is
 * relative to content/<kind>/, where imported files live.
 * Key order is the caller's object order; `undefined` values are left out.
 */
export function renderFrontMatter(schema: 'bulletin' | 'qa', data: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
  // lineWidth 0: never fold long Chinese titles over several lines.
  const yaml = stringify(defined, { lineWidth: 0 });
  return `---\n# yaml-language-server: $schema=../../public/schemas/${schema}.schema.json\n${yaml}---\n`;
}
