'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Link } from '@/components/Link';

/**
 * The section links behind one button on screens too narrow for them (a <details>, so it
 * opens without JavaScript too). It closes when the reader goes somewhere or presses Escape.
 */
export function SiteMenu({ links }: { links: readonly { href: string; label: string }[] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pathname is the reason to close
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const details = menu.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details?.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    details?.addEventListener('keydown', onKeyDown);
    return () => details?.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <details ref={menu} className="site-menu relative lg:hidden">
      <summary className="flex h-9 min-w-9 cursor-pointer list-none items-center justify-center rounded border border-line px-2 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true">☰</span>
        <span className="sr-only">菜单</span>
      </summary>
      <nav aria-label="主导航" className="absolute right-0 top-full z-50 mt-2 w-44 rounded border border-line bg-surface py-1 shadow-lg">
        <ul>
          {links.map((entry) => (
            <li key={entry.href}>
              <Link href={entry.href} className="block px-4 py-2 no-underline hover:underline">
                {entry.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
