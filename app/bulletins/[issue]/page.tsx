import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ContactFooter } from '@/components/ContactFooter';
import { CopyLink } from '@/components/CopyLink';
import { IssueHeader } from '@/components/IssueHeader';
import { IssueToc } from '@/components/IssueToc';
import { ItemBody } from '@/components/ItemBody';
import { issueSections } from '@/components/issue-sections';
import { JsonLd } from '@/components/JsonLd';
import { Link } from '@/components/Link';
import { PrevNext } from '@/components/PrevNext';
import { itemsOf } from '@/lib/content/items';
import { fileSizeLabel } from '@/lib/content/original-pdf';
import { originalPdfFile } from '@/lib/content/original-pdf-file';
import type { Bulletin, BulletinItem } from '@/lib/content/types';
import { routes } from '@/lib/routes';
import { issueJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, withBasePath } from '@/lib/settings';
import { getBulletin, neighbours } from '@/lib/site/content';
import { pageRoutes } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';
import { termsOfItem } from '@/lib/site/taxonomies';

type Params = { issue: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return staticParams(pageRoutes.bulletin);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const bulletin = getBulletin((await params).issue);
  if (!bulletin) return {};
  const titles = itemsOf(bulletin).map((e) => e.item.title);
  return pageMetadata({
    path: routes.bulletin(bulletin.id),
    title: `${bulletin.label}`,
    description: bulletin.summary ?? `${bulletin.series}${bulletin.label}：${titles.slice(0, 3).join('；')}等。`,
    type: 'article',
    ...(bulletin.date ? { publishedTime: bulletin.date } : {}),
  });
}

function itemLinks(bulletin: Bulletin) {
  return itemsOf(bulletin).map(({ item }) => ({ title: item.title, path: routes.item(bulletin.id, item.id) }));
}

export default async function BulletinPage({ params }: { params: Promise<Params> }) {
  const bulletin = getBulletin((await params).issue);
  if (!bulletin) notFound();
  const { previous, next } = neighbours(bulletin.id);
  const original = originalPdfFile(bulletin);
  const sourcePage = (item: BulletinItem) => {
    const terms = termsOfItem(bulletin.id, item.id);
    return terms && routes.source(terms.source.slug);
  };
  const actions = (item: BulletinItem) => (
    <p className="no-print flex justify-end gap-4 text-sm">
      <Link href={routes.item(bulletin.id, item.id)} aria-label={`${item.title}：单独页面`}>
        单独页面
      </Link>
      <CopyLink
        href={withBasePath(routes.item(bulletin.id, item.id))}
        url={absoluteUrl(routes.item(bulletin.id, item.id))}
        title={item.title}
      />
    </p>
  );

  return (
    <>
      <JsonLd data={issueJsonLd(bulletin, itemLinks(bulletin))} />
      <Breadcrumbs
        trail={[{ label: '首页', href: routes.home() }, { label: '往期', href: routes.bulletins() }, { label: bulletin.label }]}
      />
      <IssueHeader bulletin={bulletin} />
      {original && (
        <p className="no-print mb-6">
          <a href={withBasePath(original.url)} download type="application/pdf">
            下载原版 PDF（{fileSizeLabel(original.bytes)}）
          </a>
        </p>
      )}
      <IssueToc bulletin={bulletin} />
      {issueSections(bulletin, { body: (item) => <ItemBody item={item} sourceHref={sourcePage(item)} />, actions })}
      <ContactFooter bulletin={bulletin} />
      <PrevNext
        label="上一期与下一期"
        previous={previous && { href: routes.bulletin(previous.id), label: `上一期：${previous.label}` }}
        next={next && { href: routes.bulletin(next.id), label: `下一期：${next.label}` }}
      />
    </>
  );
}
