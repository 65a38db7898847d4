import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { feedAlternates, sharingCard } from '@/lib/seo/metadata';
import { absoluteUrl, site } from '@/lib/settings';
import { THEME_COLORS, themeInitScript } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  // With the base path, so relative metadata URLs (the './' canonical below) stay under it.
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  // Pages set their own canonical through pageMetadata, which repeats these feed links.
  // './' is each page's own address: the canonical of any page that does not set one itself.
  alternates: { canonical: './', types: feedAlternates() },
  openGraph: { siteName: site.name, locale: 'zh_CN', type: 'website', images: [sharingCard()] },
  twitter: { card: 'summary_large_image', images: [sharingCard()] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: THEME_COLORS.light },
    { media: '(prefers-color-scheme: dark)', color: THEME_COLORS.dark },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script may set data-theme and data-js before React hydrates: expected, not a mismatch.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own constant script, run before paint to avoid a flash of the wrong theme */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a
          href="#main"
          className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-surface focus:p-2"
        >
          跳到正文
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
