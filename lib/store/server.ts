/**
 * The store every route shares, configured from the environment (see connect.ts) and kept on globalThis so
 * dev HMR does not open a second connection; plus the fire-and-forget search-log calls pages make.
 */
import 'server-only';
import { configFromEnv } from './connect';
import { logClick, logSearch, purgeSearchLog, type SearchEvent } from './searchLog';
import { Store } from './store';

const KEY = Symbol.for('selfhelp.store');
type Holder = { [KEY]?: { store: Store; purgedAt: number } };

function holder() {
  const g = globalThis as Holder;
  g[KEY] ??= { store: new Store(configFromEnv()), purgedAt: 0 };
  return g[KEY];
}

/** The shared store (opened and migrated on first use). */
export function getStore(): Store {
  return holder().store;
}

const DAY_MS = 86_400_000;

/**
 * Counts a search, after the current response: never throws, never delays the page. Old rows are purged at
 * most once a day per process, on the same occasion.
 */
export function recordSearch(event: SearchEvent, store = getStore()): void {
  setImmediate(() => {
    const h = holder();
    const purge = Date.now() - h.purgedAt > DAY_MS;
    if (purge) h.purgedAt = Date.now();
    store
      .run(async (db) => {
        await logSearch(db, event);
        if (purge) await purgeSearchLog(db);
      })
      .catch(() => undefined);
  });
}

/** Counts a click on a search result (false: the query was empty once normalised); throws StoreUnavailableError. */
export function recordSearchClick(event: SearchEvent & { articleId: string }, store = getStore()): Promise<boolean> {
  return store.run((db) => logClick(db, event));
}
