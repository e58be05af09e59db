/**
 * Request path → route pattern, the label requests are counted under. Raw paths carry article ids (and anything a
 * scanner invents), which would make one time series per id; patterns keep the label set small and fixed.
 */

// Dynamic segments of the app's routes, most specific first; `[id]` stands for one path segment.
const DYNAMIC: ReadonlyArray<[RegExp, string]> = [
  [/^\/api\/articles\/[^/]+$/, '/api/articles/[id]'],
  [/^\/articles\/[^/]+$/, '/articles/[id]'],
  [/^\/_next\/static\//, '/_next/static/[file]'],
  [/^\/_next\/image$/, '/_next/image'],
  [/^\/_next\/data\//, '/_next/data/[file]'],
];

// Fixed paths the app answers; anything else (404s, probes) is counted as `other`.
const STATIC = new Set([
  '/',
  '/diagnostics',
  '/preview',
  '/theme.css',
  '/icon.svg',
  '/favicon.ico',
  '/api/articles',
  '/api/health',
  '/api/ready',
  '/api/metrics',
  '/api/preview',
  '/api/preview/file',
]);

/** The route pattern of a request path (no query string), or `other` for paths the app does not route. */
export function routeOf(path: string): string {
  const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (STATIC.has(clean)) return clean;
  for (const [pattern, route] of DYNAMIC) if (pattern.test(clean)) return route;
  return 'other';
}
