/**
 * What the server process does once at start (called from instrumentation.ts): log and count catalog swaps, let
 * the server entry record requests, begin loading the catalog and opening the feedback store, and with SELFHELP_WATCH=1 reload live content.
 */
import 'server-only';
import { getCatalog } from '../catalog/server';
import { getStore } from '../store/server';
import { installRequestRecorder } from './bridge';
import { log } from './log';
import { startLiveReload } from './reload';
import { observeCatalog } from './telemetry';

const KEY = Symbol.for('selfhelp.started');

/** Starts the process-wide parts once; later calls do nothing. */
export function startOps(): void {
  const holder = globalThis as { [KEY]?: boolean };
  if (holder[KEY]) return;
  holder[KEY] = true;
  observeCatalog();
  installRequestRecorder();
  // Not awaited: the server starts listening while the catalog loads; requests wait on the same promise.
  getCatalog().catch((error: unknown) => log.error({ event: 'catalog.load-failed', err: error }, 'catalog preload failed'));
  // Open the store and run its migrations now too; a database that is down is reported, never fatal.
  void getStore()
    .check()
    .then((status) => log.info({ event: 'store.open', ...status }, `store ${status.dialect}: ${status.state}`));
  // Development already re-reads changed files on each request (lib/catalog/watch.ts).
  if (process.env.SELFHELP_WATCH === '1' && process.env.NODE_ENV !== 'development') {
    startLiveReload();
    log.info({ event: 'catalog.watch' }, 'watching the content directory for changes');
  }
}
