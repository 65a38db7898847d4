import { Link } from '@/components/Link';
import { routes } from '@/lib/routes';
import { site } from '@/lib/settings';

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-line py-6 text-sm text-muted">
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        <p>
          《{site.name}》由{site.publisher}编制。本站提供全文阅读、检索与引用，内容以原刊为准。
        </p>
        <nav aria-label="数据" className="mt-2 flex flex-wrap gap-x-4">
          <Link href={routes.stats()}>统计</Link>
          <Link href={routes.data()}>开放数据（JSON、CSV）</Link>
        </nav>
      </div>
    </footer>
  );
}
