/**
 * The bulletin's known sections and subsections, in the order the bulletin prints them.
 * Adding a section or subsection is a one-line change here; the parser, the pages,
 * the search filters and the editors' JSON Schema all read this table.
 */
export interface SubsectionConfig {
  /** ASCII slug used in URLs and search filters. */
  slug: string;
  /** Heading text as printed, without its numeral: 部委动态. */
  name: string;
}

export interface SectionConfig extends SubsectionConfig {
  /** Short description shown on the section page. */
  description: string;
  subsections: readonly SubsectionConfig[];
}

export const SECTIONS = [
  {
    slug: 'central',
    name: '中央精神',
    description: '党中央、国务院关于乡村振兴和数字乡村的重要文件与部署。',
    subsections: [],
  },
  {
    slug: 'work',
    name: '工作动态',
    description: '各部委和各地推进数字乡村建设的工作动态。',
    subsections: [
      { slug: 'ministries', name: '部委动态' },
      { slug: 'local', name: '地方动态' },
    ],
  },
  {
    slug: 'practice',
    name: '发展实践',
    description: '地方和企业推进数字乡村建设的实践案例。',
    subsections: [
      { slug: 'local-practice', name: '地方实践' },
      { slug: 'enterprise', name: '企业实践' },
    ],
  },
] as const satisfies readonly SectionConfig[];

export function findSectionByName(name: string): SectionConfig | undefined {
  return SECTIONS.find((s) => s.name === name);
}

export function findSection(slug: string): SectionConfig | undefined {
  return SECTIONS.find((s) => s.slug === slug);
}

/** A subsection by its slug, in whichever section holds it (subsection slugs are unique site-wide). */
export function findSubsection(slug: string): SubsectionConfig | undefined {
  for (const section of SECTIONS) {
    const found = section.subsections.find((sub) => sub.slug === slug);
    if (found) return found;
  }
  return undefined;
}

export function findSubsectionByName(section: SectionConfig, name: string): SubsectionConfig | undefined {
  return section.subsections.find((s) => s.name === name);
}
