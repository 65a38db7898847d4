import type { Metadata } from 'next';
import { IssueHeader } from '@/components/IssueHeader';
import { IssueToc } from '@/components/IssueToc';
import { JsonLd } from '@/components/JsonLd';
import { Link } from '@/components/Link';
import { SECTIONS } from '@/lib/content/sections';
import { routes } from '@/lib/routes';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site, withBasePath } from '@/lib/settings';
import { bulletins, qas } from '@/lib/site/content';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.home(),
  title: site.name,
  absoluteTitle: true,
  description: site.description,
});

const DISCOVER = [
  { href: routes.years(), label: '按年份' },
  { href: routes.regions(), label: `地区（${taxonomies.regions.length} 个省级行政区）` },
  { href: routes.sources(), label: `信息来源（${taxonomies.sources.length} 个）` },
  { href: routes.policies(), label: `政策文件（${taxonomies.policies.length} 份）` },
] as const;

export default function HomePage() {
  const latest = bulletins[0];
  const latestQa = qas[0];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <JsonLd data={websiteJsonLd()} />
      <section aria-labelledby="latest-issue">
        <h1 id="latest-issue" className="sr-only">
          最新一期
        </h1>
        {latest ? (
          <>
            <IssueHeader bulletin={latest} as="h2" />
            <IssueToc bulletin={latest} headingLevel={3} />
            <p>
              <Link href={routes.bulletin(latest.id)} className="font-bold">
                阅读{latest.label}全文 →
              </Link>
            </p>
          </>
        ) : (
          <p>还没有发布任何一期。</p>
        )}
      </section>
      <aside className="space-y-8">
        <section aria-labelledby="latest-qa">
          <h2 id="latest-qa" className="mb-2 text-xl font-bold">
            最新答记者问
          </h2>
          {latestQa ? (
            <p>
              <Link href={routes.qa(latestQa.slug)}>{latestQa.title}</Link>
            </p>
          ) : (
            <p>暂无。</p>
          )}
        </section>
        <section aria-labelledby="archive">
          <h2 id="archive" className="mb-2 text-xl font-bold">
            往期与栏目
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href={routes.bulletins()}>全部往期（{bulletins.length} 期）</Link>
            </li>
            {SECTIONS.map((section) => (
              <li key={section.slug}>
                <Link href={routes.section(section.slug)}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="discover">
          <h2 id="discover" className="mb-2 text-xl font-bold">
            发现
          </h2>
          <ul className="space-y-1">
            {DISCOVER.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href}>{entry.label}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="subscribe" className="no-print">
          <h2 id="subscribe" className="mb-2 text-xl font-bold">
            订阅
          </h2>
          <ul className="flex flex-wrap gap-x-4">
            <li>
              <a href={withBasePath(routes.rss())} type="application/rss+xml">
                RSS
              </a>
            </li>
            <li>
              <a href={withBasePath(routes.atom())} type="application/atom+xml">
                Atom
              </a>
            </li>
            <li>
              <a href={withBasePath(routes.jsonFeed())} type="application/feed+json">
                JSON Feed
              </a>
            </li>
          </ul>
        </section>
      </aside>
    </div>
  );
}
