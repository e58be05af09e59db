/**
 * Runs before every page: gives the response its Content-Security-Policy with a fresh nonce, and answers pages every
 * reader sees alike from the rendered-page cache (lib/ops/pageCache.ts). A miss renders the page once through this
 * server, marked by a secret header, with a placeholder nonce that each response replaces with its own.
 */
import { type NextRequest, NextResponse } from 'next/server';
import { THEME_COOKIE } from '@/components/ThemeSwitch/theme';
import { contentSecurityPolicy, PRIVATE_PAGE_CACHE_CONTROL, parseFrameAncestors, SHARED_PAGE_CACHE_CONTROL } from '@/lib/ops/headers';
import { metrics } from '@/lib/ops/metrics';
import { cachedPage, pageCacheEnabled, renderCredentials } from '@/lib/ops/pageCache';
import { pageCacheKey } from '@/lib/ops/pageKey';

const RENDER_HEADER = 'x-selfhelp-render';
const dev = process.env.NODE_ENV === 'development';
const frameAncestors = parseFrameAncestors(process.env.SELFHELP_FRAME_ANCESTORS);
for (const error of frameAncestors.errors) console.error(`[headers] ${error}`);

const policy = (nonce: string) => contentSecurityPolicy({ nonce, frameAncestors: frameAncestors.sources, dev });

/** Passes the request on to Next with the policy on request (Next reads the nonce from it) and response. */
function pass(request: NextRequest, nonce: string, cacheControl?: string): NextResponse {
  const csp = policy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  if (cacheControl) response.headers.set('cache-control', cacheControl);
  return response;
}

/** Renders a page through this server as the cache's own request; null when the answer is not an HTML page. */
async function render(request: NextRequest, secret: string): Promise<{ html: string; status: number } | null> {
  // Set by scripts/server.mjs; `next start` sets its own; else the default port.
  const origin = process.env.SELFHELP_INTERNAL_ORIGIN || process.env.__NEXT_PRIVATE_ORIGIN || `http://localhost:${process.env.PORT ?? '3000'}`;
  const theme = request.cookies.get(THEME_COOKIE)?.value;
  const response = await fetch(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin), {
    headers: { [RENDER_HEADER]: secret, ...(theme ? { cookie: `${THEME_COOKIE}=${encodeURIComponent(theme)}` } : {}) },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const type = response.headers.get('content-type') ?? '';
  if (response.status >= 300 && response.status < 400) return null;
  if (!type.startsWith('text/html')) return null;
  return { html: await response.text(), status: response.status };
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { secret, placeholder } = renderCredentials();
  if (request.headers.get(RENDER_HEADER) === secret) return pass(request, placeholder);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const key = pageCacheKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.searchParams,
    header: (name) => request.headers.get(name),
    theme: request.cookies.get(THEME_COOKIE)?.value,
  });
  if (key === null || !pageCacheEnabled()) return pass(request, nonce, key === null && request.method === 'GET' ? PRIVATE_PAGE_CACHE_CONTROL : undefined);

  try {
    // `Cache-Control: no-cache` (a hard reload, an operator's check) asks for a fresh render, which then replaces the kept copy.
    const refresh = /no-cache/i.test(request.headers.get('cache-control') ?? '') || /no-cache/i.test(request.headers.get('pragma') ?? '');
    const { page, hit } = await cachedPage(key, () => render(request, secret), refresh);
    (hit ? metrics.renderCacheHits : metrics.renderCacheMisses).inc();
    if (!page) return pass(request, nonce, PRIVATE_PAGE_CACHE_CONTROL);
    return new NextResponse(page.html.replaceAll(placeholder, nonce), {
      status: page.status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': policy(nonce),
        'cache-control': page.status === 200 ? SHARED_PAGE_CACHE_CONTROL : PRIVATE_PAGE_CACHE_CONTROL,
        'x-selfhelp-cache': hit ? 'hit' : refresh ? 'refresh' : 'miss',
      },
    });
  } catch (error) {
    // The cache is an optimisation: if its render fails, Next renders the page as usual.
    console.error('[page-cache] render failed:', error instanceof Error ? error.message : error);
    return pass(request, nonce, PRIVATE_PAGE_CACHE_CONTROL);
  }
}

export const config = {
  // Pages only: static assets and API routes need no page policy (they get the common headers from next.config.ts).
  matcher: ['/((?!api/|_next/static|_next/image|icon\\.svg|theme\\.css|favicon\\.ico).*)'],
};
