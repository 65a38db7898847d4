import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CitePanel } from '@/components/cite/CitePanel';
import { ItemBody } from '@/components/ItemBody';
import { JsonLd } from '@/components/JsonLd';
import { Link } from '@/components/Link';
import { PrevNext } from '@/components/PrevNext';
import { RelatedItems } from '@/components/RelatedItems';
import { RelatedTerms, termGroups } from '@/components/RelatedTerms';
import { SharePanel } from '@/components/SharePanel';
import { highwireTags } from '@/lib/cite/highwire';
import { type ItemInContext, itemsOf } from '@/lib/content/items';
import { numberToChineseNumeral } from '@/lib/content/numerals';
import { routes } from '@/lib/routes';
import { itemJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { withBasePath } from '@/lib/settings';
import { itemWork } from '@/lib/site/citations';
import { getItem } from '@/lib/site/content';
import { pageRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';
import { termsOfItem } from '@/lib/site/taxonomies';
import { itemRef } from '@/lib/taxonomy/refs';
import { relatedEntries } from '@/lib/taxonomy/related';

type Params = { issue: string; item: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return staticParams(pageRoutes.item);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { issue, item } = await params;
  const entry = getItem(issue, item);
  if (!entry) return {};
  return {
    ...pageMetadata({
      path: routes.item(issue, item),
      title: `${entry.item.title}（${entry.bulletin.label}）`,
      description: itemDescription(entry),
      type: 'article',
      section: entry.section.name,
      ...(entry.bulletin.date ? { publishedTime: entry.bulletin.date } : {}),
    }),
    // Highwire Press tags: Zotero's connector and Google Scholar read the reference from them.
    other: highwireTags(itemWork(entry)),
  };
}

/** The item's opening words: what a search result or a shared link shows. */
function itemDescription({ item }: ItemInContext): string {
  const first = item.blocks.find((b) => b.kind === 'paragraph');
  return first && 'text' in first ? first.text.slice(0, 120) : item.title;
}

export default async function ItemPage({ params }: { params: Promise<Params> }) {
  const { issue, item: itemId } = await params;
  const entry = getItem(issue, itemId);
  if (!entry) notFound();
  const { item, bulletin, section, subsection } = entry;
  const issuePage = routes.bulletin(bulletin.id);
  const siblings = itemsOf(bulletin);
  const index = siblings.findIndex((e) => e.item.id === item.id);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  const sectionLabel = `${numberToChineseNumeral(section.number)}、${section.name}`;
  const terms = termsOfItem(bulletin.id, item.id);
  const permalink = routes.item(bulletin.id, item.id);
  return (
    <>
      <JsonLd data={itemJsonLd(entry, itemDescription(entry))} />
      <Breadcrumbs
        trail={[
          { label: '首页', href: routes.home() },
          { label: bulletin.label, href: issuePage },
          { label: sectionLabel, href: routes.issueSection(bulletin.id, section.id) },
          ...(subsection
            ? [
                {
                  label: `（${numberToChineseNumeral(subsection.number)}）${subsection.name}`,
                  href: routes.issueSection(bulletin.id, subsection.id),
                },
              ]
            : []),
          { label: `${item.number}. ${item.title}` },
        ]}
      />
      <article aria-labelledby="item-title">
        <p className="text-sm text-muted">
          {bulletin.series}（{bulletin.label}）· <Link href={routes.section(section.slug)}>{section.name}</Link>
          {subsection && ` · ${subsection.name}`}
        </p>
        <h1 id="item-title" className="my-3 text-2xl font-bold">
          {item.title}
        </h1>
        <ItemBody item={item} sourceHref={terms && routes.source(terms.source.slug)} />
        <SharePanel path={permalink} title={item.title} />
        <CitePanel
          work={itemWork(entry)}
          files={{
            bib: withBasePath(routes.itemCitation(bulletin.id, item.id, 'bib')),
            ris: withBasePath(routes.itemCitation(bulletin.id, item.id, 'ris')),
          }}
        />
        {terms && <RelatedTerms groups={termGroups(terms)} />}
      </article>
      {terms && <RelatedItems entries={relatedEntries(itemRef(bulletin, item), terms)} />}
      <PrevNext
        label="本期上一条与下一条"
        previous={previous && { href: routes.item(bulletin.id, previous.item.id), label: previous.item.title }}
        next={next && { href: routes.item(bulletin.id, next.item.id), label: next.item.title }}
      />
    </>
  );
}
