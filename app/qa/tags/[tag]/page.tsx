import { termRoute } from '@/app/term-route';
import { routes } from '@/lib/routes';
import { pageRoutes } from '@/lib/site/pages';
import { taxonomies } from '@/lib/site/taxonomies';

const route = termRoute({
  route: pageRoutes.qaTag,
  terms: taxonomies.qaTags,
  title: (tag) => `答记者问标签：${tag.name}`,
  description: (tag) =>
    `标签“${tag.name}”下的 ${tag.entries.length} 篇答记者问：${tag.entries.map((e) => e.ref.title).join('；')}`.slice(0, 150),
  trail: [
    { label: '答记者问', href: routes.qaList() },
    { label: '标签', href: routes.qaTags() },
  ],
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.page;
