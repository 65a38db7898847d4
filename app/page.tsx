import Link from 'next/link';
import { IssueHeader } from '@/components/IssueHeader';
import { IssueToc } from '@/components/IssueToc';
import { bulletins, qas } from '@/lib/content/repository';
import { SECTIONS } from '@/lib/content/sections';
import { routes } from '@/lib/routes';

export default function HomePage() {
  const latest = bulletins[0];
  const latestQa = qas[0];
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
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
      </aside>
    </div>
  );
}
