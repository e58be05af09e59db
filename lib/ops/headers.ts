/**
 * The security headers policy, in one place and pure: the Content-Security-Policy of every page (nonce-based for
 * Next's inline scripts, no 'unsafe-inline' or 'unsafe-eval' in script-src in production), and the headers every
 * response carries. `frame-ancestors` comes from SELFHELP_FRAME_ANCESTORS: portals embed help in a frame, so a
 * deployment names the hosts allowed to (default `'self'`).
 */

/** Where articles take images from: this site, inline data, and the docs sites real content links. */
export const DEFAULT_IMG_SRC = [
  "'self'",
  'data:',
  'https://docs.microsoft.com',
  'https://learn.microsoft.com',
  'https://docs.azure.cn',
  'https://img.youtube.com',
];

export interface CspOptions {
  nonce: string;
  /** Sources for frame-ancestors, already validated. */
  frameAncestors: readonly string[];
  /** Development adds 'unsafe-eval' (React's dev tooling rebuilds stacks with eval) and websocket HMR. */
  dev?: boolean;
  imgSrc?: readonly string[];
}

/** The page CSP. Styles keep 'unsafe-inline' (React style attributes; a nonce would disable it): scripts never do. */
export function contentSecurityPolicy({ nonce, frameAncestors, dev = false, imgSrc = DEFAULT_IMG_SRC }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${imgSrc.join(' ')}`,
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

// A CSP source expression: a keyword, a scheme, or a host with optional scheme, wildcard label, port and path.
const SOURCE = /^(?:'self'|'none'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?(?:\/[^\s;,']*)?)$/i;

/**
 * SELFHELP_FRAME_ANCESTORS (space- or comma-separated sources) → frame-ancestors sources. Anything that is not a
 * source expression is reported and left out, so a typo cannot inject another directive.
 */
export function parseFrameAncestors(value: string | undefined): { sources: string[]; errors: string[] } {
  const words = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return { sources: ["'self'"], errors: [] };
  const errors = words
    .filter((w) => !SOURCE.test(w))
    .map((w) => `SELFHELP_FRAME_ANCESTORS: \`${w}\` is not a CSP source (e.g. 'self', https://portal.azure.com)`);
  const sources = words.filter((w) => SOURCE.test(w));
  if (sources.includes("'none'") && sources.length > 1) errors.push("SELFHELP_FRAME_ANCESTORS: `'none'` cannot be combined with other sources");
  return { sources: sources.length > 0 ? sources : ["'self'"], errors };
}

/** Headers every response carries, pages and API alike. */
export const COMMON_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** Cache-Control of a page every reader sees alike: a CDN or reverse proxy may keep it briefly and serve it stale while it refreshes. */
export const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';

/** Cache-Control of a page made for one reader (their tokens, resource or cookie-bound state). */
export const PRIVATE_PAGE_CACHE_CONTROL = 'private, no-store';
