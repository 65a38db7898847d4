import type { ReactNode } from 'react';
import { numberToChineseNumeral } from '@/lib/content/numerals';
import type { Bulletin, BulletinItem } from '@/lib/content/types';
import { issueAnchors } from '@/lib/routes';

/** The classes of an issue's headings: its sections, subsections and items (the CMS preview sets a draft's headings in them too). */
export const ISSUE_HEADING = {
  section: 'mb-4 border-b border-line pb-1 font-serif text-2xl font-bold',
  subsection: 'mb-3 text-xl font-bold',
  item: 'mb-2 text-lg font-bold',
} as const;

interface Parts {
  /** An item's text under its heading: the site's ItemBody, or the preview's ItemContent with the editor's images. */
  body: (item: BulletinItem) => ReactNode;
  /** What follows an item's text on the site: its own page and its link to copy. */
  actions?: (item: BulletinItem) => ReactNode;
}

/**
 * An issue's sections, subsections and items, numbered as printed, each with its anchor: the
 * markup the issue page and the CMS preview share. Called as a function, not rendered as a
 * component: the page's element tree, and with it the React Server Components payload in its
 * HTML, stays as it was when the sections were written out in the page.
 */
export function issueSections(bulletin: Pick<Bulletin, 'sections'>, { body, actions }: Parts) {
  const items = (list: readonly BulletinItem[], Heading: 'h3' | 'h4') =>
    list.map((item) => (
      <article key={item.id} id={issueAnchors.item(item.id)} aria-labelledby={`${issueAnchors.item(item.id)}-title`} className="mb-8">
        <Heading id={`${issueAnchors.item(item.id)}-title`} className={ISSUE_HEADING.item}>
          {item.number}. {item.title}
        </Heading>
        {body(item)}
        {actions?.(item)}
      </article>
    ));
  return bulletin.sections.map((section) => (
    <section
      key={section.id}
      id={issueAnchors.section(section.id)}
      aria-labelledby={`${issueAnchors.section(section.id)}-title`}
      className="mb-8"
    >
      <h2 id={`${issueAnchors.section(section.id)}-title`} className={ISSUE_HEADING.section}>
        {numberToChineseNumeral(section.number)}、{section.name}
      </h2>
      {items(section.items, 'h3')}
      {section.subsections.map((sub) => (
        <section key={sub.id} id={issueAnchors.section(sub.id)} aria-labelledby={`${issueAnchors.section(sub.id)}-title`}>
          <h3 id={`${issueAnchors.section(sub.id)}-title`} className={ISSUE_HEADING.subsection}>
            （{numberToChineseNumeral(sub.number)}）{sub.name}
          </h3>
          {items(sub.items, 'h4')}
        </section>
      ))}
    </section>
  ));
}
