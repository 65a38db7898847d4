import { fallbackSlug, nameKey } from './slug';

/** A cited document with the readable ASCII slug chosen for it. */
export interface KnownPolicy {
  title: string;
  slug: string;
}

/**
 * Readable slugs for documents the content cites. An unlisted title still gets a page,
 * under a stable hash (`doc-3f9a2c`); titles compare NFKC-folded, so （2022-2025年）
 * and (2022-2025年) are one document. Slugs are permanent addresses.
 */
export const KNOWN_POLICIES = [
  {
    title: '中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见',
    slug: 'central-document-no1-2024',
  },
  { title: '关于开展第二批国家数字乡村试点工作的通知', slug: 'second-national-digital-village-pilots' },
  {
    title: '农业农村部关于落实中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴工作部署的实施意见',
    slug: 'moa-implementation-opinions-2024',
  },
  { title: '关于认定2023年度农业农村信息化示范基地的通知', slug: 'agri-informatization-demo-bases-2023' },
  { title: '关于开展山西省数字乡村试点工作的通知', slug: 'shanxi-digital-village-pilots' },
  { title: '关于公布2023年湖南省数字乡村建设优秀案例的通知', slug: 'hunan-digital-village-cases-2023' },
  { title: '数字乡村发展行动计划（2022-2025年）', slug: 'digital-village-action-plan-2022-2025' },
  { title: '数字乡村发展战略纲要', slug: 'digital-village-development-strategy' },
  {
    title: '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    slug: 'fourteenth-five-year-plan',
  },
  { title: '“十四五”国家信息化规划', slug: 'fourteenth-five-year-informatization-plan' },
] as const satisfies readonly KnownPolicy[];

const byKey = new Map<string, string>(KNOWN_POLICIES.map((p) => [nameKey(p.title), p.slug]));

/** The URL segment of a cited document: its hand-chosen slug, else `doc-` and a stable hash of the title. */
export function policySlug(title: string): string {
  return byKey.get(nameKey(title)) ?? fallbackSlug(nameKey(title), 'doc');
}
