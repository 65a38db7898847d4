import { termRoute } from '@/app/term-route';
import { routes } from '@/lib/routes';
import { pageRoutes } from '@/lib/site/pages';
import { taxonomies } from '@/lib/site/taxonomies';

const route = termRoute({
  route: pageRoutes.qaCategory,
  terms: taxonomies.qaCategories,
  title: (category) => `答记者问分类：${category.name}`,
  description: (category) =>
    `分类“${category.name}”下的 ${category.entries.length} 篇答记者问：${category.entries.map((e) => e.ref.title).join('；')}`.slice(
      0,
      150,
    ),
  trail: [
    { label: '答记者问', href: routes.qaList() },
    { label: '分类', href: routes.qaCategories() },
  ],
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.page;
