import { Link } from '@/components/Link';
import { numberToChineseNumeral } from '@/lib/content/numerals';
import type { Bulletin, BulletinItem } from '@/lib/content/types';
import { routes } from '@/lib/routes';

/** 本期导读: generated from the issue's structure, linking to anchors on the issue page. */
export function IssueToc({ bulletin, headingLevel = 2 }: { bulletin: Bulletin; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const items = (list: readonly BulletinItem[]) => (
    <ol className="ml-6 list-none">
      {list.map((item) => (
        <li key={item.id}>
          <Link href={routes.issueItem(bulletin.id, item.id)}>
            {item.number}. {item.title}
          </Link>
        </li>
      ))}
    </ol>
  );
  return (
    <nav aria-labelledby={`toc-${bulletin.id}`} className="mb-8 rounded border border-line bg-surface p-4">
      <Heading id={`toc-${bulletin.id}`} className="mb-2 text-xl font-bold">
        本期导读
      </Heading>
      <ol className="list-none space-y-1">
        {bulletin.sections.map((section) => (
          <li key={section.id}>
            <Link href={routes.issueSection(bulletin.id, section.id)} className="font-bold">
              {numberToChineseNumeral(section.number)}、{section.name}
            </Link>
            {items(section.items)}
            {section.subsections.length > 0 && (
              <ol className="ml-4 list-none">
                {section.subsections.map((sub) => (
                  <li key={sub.id}>
                    <Link href={routes.issueSection(bulletin.id, sub.id)}>
                      （{numberToChineseNumeral(sub.number)}）{sub.name}
                    </Link>
                    {items(sub.items)}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
