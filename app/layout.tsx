/**
 * Root layout (server): reads the theme cookie so the first byte already carries the right `data-theme`,
 * links the token stylesheet, and wraps every page in the Fluent providers and the portal-like header.
 */
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/AppHeader/AppHeader';
import { parseThemePreference, THEME_COOKIE } from '@/components/ThemeSwitch/theme';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Help + support - Self-help articles', template: '%s - Help + support' },
  description: 'Azure self-help troubleshooting articles, rendered as guided pages.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = parseThemePreference((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <head>
        {/* Render-blocking on purpose: tokens must be in place before first paint, or the page flashes. */}
        <link rel="stylesheet" href="/theme.css" />
      </head>
      <body>
        <Providers>
          <AppHeader theme={theme} />
          <main id="main" className="app-main">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
