/**
 * The rendered-page cache. Pages that every reader sees alike (an article for a cloud, a browse view) are rendered
 * once and kept as HTML, bounded in bytes (SELFHELP_PAGE_CACHE_MB, default 64), and dropped whole when the content
 * changes (the content generation moves on). Why not Next's ISR or Cache Components: a strict CSP needs a fresh
 * nonce in every response, and Next disables its page caches when nonces are used. So the HTML is kept with a
 * placeholder nonce, and each response gets its own (proxy.ts). Held on globalThis: the proxy and the routes are
 * separate bundles in one process.
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedPage {
  html: string;
  /** HTTP status the page was rendered with; only 200s are kept. */
  status: number;
  /** Content generation the page was rendered from. */
  generation: number;
}

interface State {
  cache: LRUCache<string, CachedPage>;
  generation: number;
  /** Renders in flight, so concurrent misses for one key render once. */
  pending: Map<string, Promise<CachedPage | null>>;
  /** Proves a request is the cache's own render (never sent to clients). */
  secret: string;
  /** The placeholder nonce rendered into cached HTML, replaced per response. */
  placeholder: string;
  hits: number;
  misses: number;
}

const KEY = Symbol.for('selfhelp.pageCache');
const DEFAULT_MB = 64;

function maxBytes(): number {
  const mb = Number(process.env.SELFHELP_PAGE_CACHE_MB);
  return Number.isFinite(mb) && mb >= 0 ? mb * 1024 * 1024 : DEFAULT_MB * 1024 * 1024;
}

function state(): State {
  const holder = globalThis as { [KEY]?: State };
  holder[KEY] ??= {
    // Size in UTF-16 code units ×2: what the strings cost in the heap, near enough.
    cache: new LRUCache<string, CachedPage>({ maxSize: Math.max(1, maxBytes()), sizeCalculation: (p) => Math.max(1, p.html.length * 2) }),
    generation: 0,
    pending: new Map(),
    secret: randomBytes(18).toString('base64url'),
    placeholder: `sh${randomBytes(18).toString('hex')}`,
    hits: 0,
    misses: 0,
  };
  return holder[KEY];
}

/** Whether the cache is on: production servers with a non-zero budget. */
export function pageCacheEnabled(): boolean {
  return process.env.NODE_ENV === 'production' && maxBytes() > 0;
}

/** The current content generation; every catalog (re)load moves it on, which retires every cached page. */
export function contentGeneration(): number {
  return state().generation;
}

/** Called when the content changed (a catalog load or reload): cached pages are no longer served. */
export function contentChanged(): void {
  const s = state();
  s.generation += 1;
  s.cache.clear();
}

/** The secret header value of the cache's own renders, and the placeholder nonce they carry. */
export function renderCredentials(): { secret: string; placeholder: string } {
  const { secret, placeholder } = state();
  return { secret, placeholder };
}

/**
 * The page for `key`: cached when fresh, else rendered by `render` (once for concurrent callers) and kept when its
 * status is 200. `render` returns null when the answer is not an HTML page (the caller lets Next answer instead).
 */
export async function cachedPage(
  key: string,
  render: () => Promise<{ html: string; status: number } | null>,
  /** Render anew even when a fresh copy is kept (a request with `Cache-Control: no-cache`, such as a hard reload). */
  refresh = false,
): Promise<{ page: CachedPage | null; hit: boolean }> {
  const s = state();
  const hit = refresh ? undefined : s.cache.get(key);
  if (hit && hit.generation === s.generation) {
    s.hits += 1;
    return { page: hit, hit: true };
  }
  s.misses += 1;
  let pending = s.pending.get(key);
  if (!pending) {
    const generation = s.generation;
    pending = render()
      .then((rendered) => {
        if (rendered === null) return null;
        const page = { ...rendered, generation };
        // A page rendered from content that changed meanwhile is served once, not kept.
        if (page.status === 200 && generation === s.generation) s.cache.set(key, page);
        return page;
      })
      .finally(() => s.pending.delete(key));
    s.pending.set(key, pending);
  }
  return { page: await pending, hit: false };
}

/** Figures for metrics and the bench. */
export function pageCacheStats(): { entries: number; bytes: number; maxBytes: number; hits: number; misses: number; generation: number } {
  const s = state();
  return { entries: s.cache.size, bytes: s.cache.calculatedSize, maxBytes: s.cache.maxSize, hits: s.hits, misses: s.misses, generation: s.generation };
}
