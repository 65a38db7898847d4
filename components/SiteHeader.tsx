import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { site } from '@/lib/settings';
import { SiteMenu } from './SiteMenu';
import { HeaderSearch } from './search/HeaderSearch';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { href: routes.bulletins(), label: '往期' },
  { href: routes.section('central'), label: '栏目' },
  { href: routes.regions(), label: '地区' },
  { href: routes.policies(), label: '政策文件' },
  { href: routes.qaList(), label: '答记者问' },
] as const;

/**
 * One bar, 56 px high at every width: the title, the section links (inline on wide
 * screens, behind a menu button below 1024 px), the search box (behind a button on a
 * phone) and the theme toggle.
 */
export function SiteHeader() {
  return (
    <header className="no-print relative border-b border-line bg-surface">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href={routes.home()} className="flex min-h-6 items-center whitespace-nowrap text-lg font-bold text-fg no-underline">
          <span className="sm:hidden">{site.shortName}</span>
          <span className="hidden sm:inline">{site.name}</span>
        </Link>
        <nav aria-label="主导航" className="hidden lg:block">
          <ul className="flex gap-x-4">
            {NAV.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href} className="inline-flex min-h-6 items-center no-underline hover:underline">
                  {entry.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2 sm:gap-3">
          <HeaderSearch />
          <ThemeToggle />
          <SiteMenu links={NAV} />
        </div>
      </div>
    </header>
  );
}
