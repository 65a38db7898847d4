import Link from 'next/link';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';
import { HeaderSearch } from './HeaderSearch';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { href: routes.bulletins(), label: '往期' },
  { href: routes.section('central'), label: '栏目' },
  { href: routes.regions(), label: '地区' },
  { href: routes.policies(), label: '政策文件' },
  { href: routes.qaList(), label: '答记者问' },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={routes.home()} className="text-lg font-bold text-fg no-underline">
          {site.name}
        </Link>
        <nav aria-label="主导航">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {NAV.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href} className="no-underline hover:underline">
                  {entry.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <HeaderSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
