import { termRoute } from '@/app/term-route';
import { routes } from '@/lib/routes';
import { pageRoutes } from '@/lib/site/pages';
import { taxonomies } from '@/lib/site/taxonomies';

const route = termRoute({
  route: pageRoutes.policy,
  terms: taxonomies.policies,
  title: (policy) => `《${policy.name}》`,
  description: (policy) => `引用《${policy.name}》的 ${policy.entries.length} 处内容：《数字乡村发展动态》条目与答记者问。`,
  intro: () => <p>引用这份文件的条目与问题（含文中定义的简称）。</p>,
  trail: [{ label: '政策文件', href: routes.policies() }],
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.page;
