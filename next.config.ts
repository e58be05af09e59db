import type { NextConfig } from 'next';
import { COMMON_HEADERS } from './lib/ops/headers';

const nextConfig: NextConfig = {
  // The content directory is read at run time (SELFHELP_CONTENT_DIR), never bundled.
  serverExternalPackages: ['iconv-lite', 'gray-matter'],
  poweredByHeader: false,
  output: 'standalone',
  // Every response, pages and API; the page CSP is set per request by proxy.ts (it needs a nonce).
  async headers() {
    return [{ source: '/:path*', headers: [...COMMON_HEADERS] }];
  },
};

export default nextConfig;
