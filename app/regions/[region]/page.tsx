import { termRoute } from '@/app/term-route';
import { routes } from '@/lib/routes';
import { pageRoutes } from '@/lib/site/pages';
import { taxonomies } from '@/lib/site/taxonomies';

const route = termRoute({
  route: pageRoutes.region,
  terms: taxonomies.regions,
  title: (region) => `地区：${region.region.fullName}`,
  heading: (region) => region.region.fullName,
  description: (region) =>
    `《数字乡村发展动态》中提到${region.region.fullName}的 ${region.entries.length} 条内容：${region.entries
      .slice(0, 3)
      .map((e) => e.ref.title)
      .join('；')}。`,
  intro: (region) => <p>正文提到{region.region.fullName}的条目；每条后面列出文中据以归类的地名。</p>,
  trail: [{ label: '地区', href: routes.regions() }],
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.page;
