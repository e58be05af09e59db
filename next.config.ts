import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The content directory is read at run time (SELFHELP_CONTENT_DIR), never bundled.
  serverExternalPackages: ['iconv-lite', 'gray-matter'],
  poweredByHeader: false,
  output: 'standalone',
};

export default nextConfig;
