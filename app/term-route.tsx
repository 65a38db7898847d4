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
import { pageMetadata } from '@/lib/seo/metadata';
import { atLeastOne } from '@/lib/static-params';
import type { Term } from '@/lib/taxonomy/types';

interface TermRoute<T extends Term> {
  /** The dynamic segment's name: the page lives in `[param]/page.tsx`. */
  param: string;
  /** Every term of the taxonomy, one page each. */
  terms: readonly T[];
  /** The page's URL (lib/routes.ts). */
  path: (slug: string) => string;
  /** The page title, and its h1 unless `heading` says otherwise. */
  title: (term: T) => string;
  heading?: (term: T) => string;
  description: (term: T) => string;
  /** A line under the heading saying what the page lists. */
  intro?: (term: T) => ReactNode;
  /** Breadcrumbs before the term itself. */
  trail: readonly Crumb[];
}

type Props = { params: Promise<Record<string, string>> };

export function termRoute<T extends Term>(route: TermRoute<T>) {
  const bySlug = new Map(route.terms.map((term) => [term.slug, term]));
  const termOf = async ({ params }: Props) => bySlug.get((await params)[route.param] ?? '');
  return {
    generateStaticParams: () =>
      atLeastOne(
        route.param,
        route.terms.map((term) => term.slug),
      ),
    generateMetadata: async (props: Props): Promise<Metadata> => {
      const term = await termOf(props);
      if (!term) return {};
      return pageMetadata({ path: route.path(term.slug), title: route.title(term), description: route.description(term) });
    },
    // The page's default export, made once per route module (not per render).
    page: async (props: Props) => {
      const term = await termOf(props);
      if (!term) notFound();
      return <TermPage term={term} heading={(route.heading ?? route.title)(term)} intro={route.intro?.(term)} trail={route.trail} />;
    },
  };
}
