/**
 * Catalog telemetry: every swap (first load or reload) sets the catalog gauges and retires the rendered-page cache;
 * the first load is logged here.
 */
import 'server-only';
import { onCatalogSwap } from '../catalog/server';
import { log } from './log';
import { metrics } from './metrics';
import { contentChanged } from './pageCache';

const KEY = Symbol.for('selfhelp.telemetry');

/** Subscribes once per process (later calls do nothing). */
export function observeCatalog(): void {
  const holder = globalThis as { [KEY]?: boolean };
  if (holder[KEY]) return;
  holder[KEY] = true;
  onCatalogSwap(({ catalog, generation, reason }) => {
    // Pages rendered from the previous catalog are no longer served (their text, links or duplicates may differ).
    if (reason !== 'load') contentChanged();
    const failures = catalog.failures().length;
    metrics.catalogArticles.set(catalog.size);
    metrics.catalogFailures.set(failures);
    metrics.catalogGeneration.set(generation);
    if (reason !== 'load') return; // reloads are logged by lib/ops/reload.ts, with what changed and the latency
    metrics.catalogLoadSeconds.observe({ kind: 'load' }, catalog.loadMs / 1000);
    // Logged once the requests that waited for the load have their answer: counting duplicates makes the id map.
    setImmediate(() =>
      log.info(
        {
          event: 'catalog.load',
          generation,
          root: catalog.root,
          articles: catalog.size,
          failures,
          duplicates: catalog.duplicates().length,
          loadMs: Math.round(catalog.loadMs),
          snapshot: catalog.snapshotUse,
          readAhead: catalog.readAhead,
        },
        'catalog loaded',
      ),
    );
    catalog.snapshotSaved.then(
      (bytes) => bytes !== null && log.info({ event: 'catalog.snapshot', bytes, root: catalog.root }, 'catalog snapshot written'),
      (error: unknown) => log.warn({ event: 'catalog.snapshot-failed', err: error }, 'catalog snapshot not written; the next start reads every file'),
    );
  });
}
