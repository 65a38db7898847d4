import { termRoute } from '@/app/term-route';
import { routes } from '@/lib/routes';
import { pageRoutes } from '@/lib/site/pages';
import { taxonomies } from '@/lib/site/taxonomies';

const route = termRoute({
  route: pageRoutes.source,
  terms: taxonomies.sources,
  title: (source) => `信息来源：${source.name}`,
  description: (source) =>
    `《数字乡村发展动态》中信息来源为${source.name}的全部 ${source.entries.length} 条内容：${source.entries
      .slice(0, 3)
      .map((e) => e.ref.title)
      .join('；')}。`,
  intro: (source) => <p>注明来源为{source.name}的条目与文章。</p>,
  trail: [{ label: '信息来源', href: routes.sources() }],
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.page;
