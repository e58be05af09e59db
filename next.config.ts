import type { NextConfig } from 'next';
import { COMMON_HEADERS } from './lib/ops/headers';

const nextConfig: NextConfig = {
  // The content directory is read at run time (SELFHELP_CONTENT_DIR), never bundled.
  serverExternalPackages: ['iconv-lite', 'gray-matter'],
  poweredByHeader: false,
  output: 'standalone',
  // `npm test` type-checks the whole project (`tsc --noEmit`) before its e2e build, which then skips Next's own
  // check of the same files (30 s of a clean build). Any other build checks as usual.
  typescript: { ignoreBuildErrors: process.env.SELFHELP_BUILD_TYPECHECKED === '1' },
  experimental: {
    // Load a route's code on its first request rather than every route's before listening: 0.6 s off each start
    // (measured: spawn → first answer 2.05 s → 1.45 s with no content), paid back by a few ms per route later.
    preloadEntriesOnStart: false,
  },
  // Every response, pages and API; the page CSP is set per request by proxy.ts (it needs a nonce).
  async headers() {
    return [{ source: '/:path*', headers: [...COMMON_HEADERS] }];
  },
  // Microsoft.Help is an extension provider: clients call it under any scope (a subscription, a resource), and
  // Azure compares path segments case-insensitively; the scope does not change the answer, so every such path is
  // served by the tenant-level route (app/providers/Microsoft.Help). Exact paths reach the route before rewrites.
  async rewrites() {
    const anyCase = (word: string) => word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace('.', '\\.');
    return [
      {
        source: `/:scope*/:providers(${anyCase('providers')})/:provider(${anyCase('Microsoft.Help')})/:operation*`,
        destination: '/providers/Microsoft.Help/:operation*',
      },
    ];
  },
};

export default nextConfig;
