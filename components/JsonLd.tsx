import { serializeJsonLd } from '@/lib/seo/json-ld';

/** A page's schema.org description for search engines. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with `<` escaped, so it cannot end the script element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
