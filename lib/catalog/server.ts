/**
 * The catalog every route shares: one load per server process, started by the first request (or by an
 * instrumentation hook) and never at build time. A live reload (lib/ops/reload.ts) builds a new Catalog beside
 * this one and hands it to `swapCatalog`, which replaces it in one assignment: a request holds the catalog it got
 * from `getCatalog()` for its whole life, so it sees the old one or the new one, never a mix.
 * State is kept on globalThis so dev HMR and the several Next bundles of a process share one catalog.
 */
import 'server-only';
import { Catalog } from './catalog';
import { contentDir, snapshotOptions } from './settings';

export { contentDir, snapshotOptions } from './settings';

/** What listeners of `onCatalogSwap` are told: the catalog now served and how it came to be. */
export interface CatalogSwap {
  catalog: Catalog;
  /** The catalog it replaced (null for the first load); still valid for requests that hold it. */
  previous: Catalog | null;
  /** 1 for the first load, +1 on every swap. */
  generation: number;
  reason: 'load' | 'reload';
  /** Paths that changed (relative), or `all` for a whole-directory reload; empty for the first load. */
  changed: readonly string[] | 'all';
}

type Listener = (swap: CatalogSwap) => void;

interface State {
  loading?: Promise<Catalog>;
  current?: Catalog;
  generation: number;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('selfhelp.catalog');
const state = ((globalThis as { [KEY]?: State })[KEY] ??= { generation: 0, listeners: new Set() });

/** The shared catalog (loading it on first call), with pending content changes applied in development. */
export async function getCatalog(): Promise<Catalog> {
  if (state.current) return state.current.refresh();
  if (!state.loading) {
    const options = { watch: process.env.NODE_ENV === 'development', snapshot: snapshotOptions() };
    const loading = Catalog.load(contentDir(), options).then((catalog) => {
      // A swap may have won the race only if someone swapped before the first load finished: keep the newest.
      if (!state.current) publish(catalog, 'load', []);
      return state.current ?? catalog;
    });
    state.loading = loading;
    // A failed load (a bug, not content) must not be cached for the life of the process.
    loading.catch(() => {
      if (state.loading === loading) delete state.loading;
    });
  }
  return (await state.loading).refresh();
}

/** The catalog being served, or undefined before the first load has finished (for readiness checks). */
export function currentCatalog(): Catalog | undefined {
  return state.current;
}

/** How many catalogs have been served: 0 before the first load, 1 after it, +1 per swap. */
export function catalogGeneration(): number {
  return state.generation;
}

/** Serves `next` from now on; listeners are told after the swap. Returns the new generation. */
export function swapCatalog(next: Catalog, changed: CatalogSwap['changed']): number {
  return publish(next, 'reload', changed);
}

/**
 * Calls `listener` after every swap, including the first load (a rendered-page cache drops its entries, a search
 * index rebuilds). Listeners run synchronously and must not throw; a throw is caught so the swap stands.
 * Returns a function that unsubscribes.
 */
export function onCatalogSwap(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function publish(catalog: Catalog, reason: CatalogSwap['reason'], changed: CatalogSwap['changed']): number {
  const previous = state.current ?? null;
  state.current = catalog;
  state.loading = Promise.resolve(catalog);
  const generation = ++state.generation;
  for (const listener of state.listeners) {
    try {
      listener({ catalog, previous, generation, reason, changed });
    } catch (error) {
      console.error('[catalog] a swap listener threw:', error);
    }
  }
  return generation;
}
