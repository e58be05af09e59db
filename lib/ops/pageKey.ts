/**
 * Which requests the rendered-page cache may answer, and under which key. Pure, so it is tested without a server.
 * Only document GETs of pages every reader sees alike: the browse page and article pages, without the values that
 * make a page one reader's own (tokens, a resource). The theme cookie is part of the key: the first byte carries it.
 */
import { hasReaderValues } from '../routes/article';

/** Paths whose pages depend only on the URL, the theme and the content. */
const CACHEABLE = [/^\/$/, /^\/articles\/[^/]+$/];

export interface RequestFacts {
  method: string;
  pathname: string;
  search: URLSearchParams;
  /** Request headers, lower-case names. */
  header: (name: string) => string | null;
  theme: string | undefined;
}

/** The cache key of a request, or null when the cache must not answer it. */
export function pageCacheKey(r: RequestFacts): string | null {
  if (r.method !== 'GET') return null;
  // Client navigations, prefetches and server actions ask for RSC payloads, not documents. Next strips its flight
  // headers (RSC, prefetch) and the `_rsc` parameter before the proxy sees the request, so the browser's own word is
  // what tells them apart: a page load or a frame (the portal embeds us) is a document; a fetch() is not.
  const dest = r.header('sec-fetch-dest');
  if (dest !== null && dest !== 'document' && dest !== 'iframe') return null;
  if (r.header('rsc') !== null || r.header('next-router-prefetch') !== null || r.header('next-action') !== null) return null;
  if (!CACHEABLE.some((re) => re.test(r.pathname))) return null;
  if (hasReaderValues(r.search)) return null;
  const params = [...r.search.entries()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `${r.theme ?? 'system'} ${r.pathname}${query ? `?${query}` : ''}`;
}
