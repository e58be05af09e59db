/**
 * The process's Prometheus metrics: ONE registry and one set of instruments, kept on globalThis so that dev HMR
 * and the several Next bundles of one process (instrumentation, route handlers, pages) all count into the same
 * series. `/api/metrics` serves `metrics.registry`.
 *
 * How other parts use it (import from `@/lib/ops/metrics`):
 * - the rendered-page cache: `metrics.renderCacheHits.inc()` on a hit, `metrics.renderCacheMisses.inc()` on a miss;
 *   its size (pages, bytes against its budget) is read from it at each scrape;
 * - the search index: `setSearchIndexState('building' | 'ready' | 'failed' | 'none')` whenever its state changes
 *   (the `searchIndexState` gauge is 1 for the current state and 0 for the others), and optionally
 *   `metrics.searchIndexDocuments.set(n)` once built;
 * - request counts and latency are recorded by the production server (scripts/server.mjs) through
 *   `recordRequest` in ./bridge.ts, which it reaches on globalThis because it is plain JavaScript outside the bundles.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { pageCacheStats } from './pageCache';

/** The states the search index reports through `setSearchIndexState`. */
export const SEARCH_INDEX_STATES = ['none', 'building', 'ready', 'failed'] as const;
export type SearchIndexState = (typeof SEARCH_INDEX_STATES)[number];

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'selfhelp_' });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: 'selfhelp_http_requests_total',
      help: 'HTTP requests answered, by route pattern, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'selfhelp_http_request_duration_seconds',
      help: 'Time from request to the end of the response, by route pattern',
      labelNames: ['route', 'method'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    catalogArticles: new Gauge({ name: 'selfhelp_catalog_articles', help: 'Articles in the catalog being served', registers }),
    catalogFailures: new Gauge({ name: 'selfhelp_catalog_failures', help: 'Content files the catalog being served could not read as articles', registers }),
    catalogGeneration: new Gauge({ name: 'selfhelp_catalog_generation', help: 'Catalog generation: 1 after the first load, +1 on every swap', registers }),
    catalogReloads: new Counter({
      name: 'selfhelp_catalog_reloads_total',
      help: 'Live content reloads, by result (ok, failed)',
      labelNames: ['result'] as const,
      registers,
    }),
    catalogLoadSeconds: new Histogram({
      name: 'selfhelp_catalog_load_seconds',
      help: 'Time to build a catalog, by kind (load = at start, reload = live content change)',
      labelNames: ['kind'] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
      registers,
    }),
    renderCacheHits: new Counter({ name: 'selfhelp_render_cache_hits_total', help: 'Rendered-page cache hits', registers }),
    renderCacheMisses: new Counter({ name: 'selfhelp_render_cache_misses_total', help: 'Rendered-page cache misses', registers }),
    // Read at each scrape: what the cache holds is part of the server's memory, and its budget says how much can be.
    renderCachePages: new Gauge({
      name: 'selfhelp_render_cache_pages',
      help: 'Pages kept in the rendered-page cache',
      registers,
      collect() {
        this.set(pageCacheStats().entries);
      },
    }),
    renderCacheBytes: new Gauge({
      name: 'selfhelp_render_cache_bytes',
      help: 'Bytes of HTML kept in the rendered-page cache (as the heap holds them)',
      registers,
      collect() {
        this.set(pageCacheStats().bytes);
      },
    }),
    renderCacheMaxBytes: new Gauge({
      name: 'selfhelp_render_cache_max_bytes',
      help: 'Budget of the rendered-page cache in bytes (SELFHELP_PAGE_CACHE_MB)',
      registers,
      collect() {
        this.set(pageCacheStats().maxBytes);
      },
    }),
    searchIndexState: new Gauge({
      name: 'selfhelp_search_index_state',
      help: 'Search index state: 1 for the current state, 0 for the others',
      labelNames: ['state'] as const,
      registers,
    }),
    searchIndexDocuments: new Gauge({ name: 'selfhelp_search_index_documents', help: 'Documents in the search index being served', registers }),
  };
}

/** Every instrument of the process, and the registry that holds them. */
export type Metrics = ReturnType<typeof create>;

const KEY = Symbol.for('selfhelp.metrics');
type Holder = { [KEY]?: Metrics };

/** The process-wide instruments (created on first use). */
export const metrics: Metrics = ((globalThis as Holder)[KEY] ??= create());

/** Counts one answered request under its route pattern (see ./routes.ts). */
export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  metrics.httpRequests.inc({ route, method, status: String(status) });
  metrics.httpDuration.observe({ route, method }, seconds);
}

/** Sets the search index state gauge: 1 for `state`, 0 for every other state. */
export function setSearchIndexState(state: SearchIndexState): void {
  for (const s of SEARCH_INDEX_STATES) metrics.searchIndexState.set({ state: s }, s === state ? 1 : 0);
}
