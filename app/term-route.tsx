/**
 * The five term routes (sources, regions, policy documents, Q&A categories and tags)
 * differ only in names and wording: each page file declares those, and this module
 * makes its static params, metadata and page.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import type { Crumb } from '@/components/Breadcrumbs';
import { TermPage } from '@/components/TermPage';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import type { Route } from '@/lib/site/pages';
import { staticParams } from '@/lib/site/static-params';
import type { Term } from '@/lib/taxonomy/types';

interface TermRoute<T extends Term> {
  /** The route's entry in the route table (lib/site/pages.ts): its segment, its pages, their paths. */
  route: Route<Record<string, string>> & { termParam: string };
  /** Every term of the taxonomy, to find a page's own by its slug. */
  terms: readonly T[];
  /** The page title, and its h1 unless `heading` says otherwise. */
  title: (term: T) => string;
  heading?: (term: T) => string;
  description: (term: T) => string;
  /** A line under the heading saying what the page lists. */
  intro?: (term: T) => ReactNode;
  /** Breadcrumbs between 首页 and the term itself. */
  trail: readonly Crumb[];
}

type Props = { params: Promise<Record<string, string>> };

export function termRoute<T extends Term>(page: TermRoute<T>) {
  const { route } = page;
  const bySlug = new Map(page.terms.map((term) => [term.slug, term]));
  const termOf = async ({ params }: Props) => bySlug.get((await params)[route.termParam] ?? '');
  return {
    generateStaticParams: () => staticParams(route),
    generateMetadata: async (props: Props): Promise<Metadata> => {
      const term = await termOf(props);
      if (!term) return {};
      return pageMetadata({
        path: route.path({ [route.termParam]: term.slug }),
        title: page.title(term),
        description: page.description(term),
      });
    },
    // The page's default export, made once per route module (not per render).
    page: async (props: Props) => {
      const term = await termOf(props);
      if (!term) notFound();
      return (
        <TermPage
          term={term}
          heading={(page.heading ?? page.title)(term)}
          intro={page.intro?.(term)}
          trail={[{ label: '首页', href: routes.home() }, ...page.trail]}
        />
      );
    },
  };
}
