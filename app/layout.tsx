/**
 * Root layout (server): the theme cookie decides `data-theme` on the first byte (no flash), /theme.css carries the
 * Fluent tokens for every theme, and the portal's top bar sits above every page. Pages draw their own blade
 * (components/Blade): title, menu, commands and breadcrumbs depend on the page. No client provider wraps the app:
 * pages ship only the scripts of their own interactive leaves (see docs/architecture.md).
 */
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { parseThemePreference, THEME_COOKIE } from '@/components/ThemeSwitch/theme';
import { TopBar } from '@/components/TopBar/TopBar';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Help + support - Self-help articles', template: '%s - Help + support' },
  description: 'Azure self-help troubleshooting articles, rendered as guided pages.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemePreference((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <head>
        {/* Render-blocking on purpose: tokens must be in place before first paint, or the page flashes. */}
        <link rel="stylesheet" href="/theme.css" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <TopBar theme={theme} />
        {children}
      </body>
    </html>
  );
}
