/**
 * What the server process does once at start (called from instrumentation.ts): log and count catalog swaps, let
 * the server entry record requests, begin loading the catalog, and with SELFHELP_WATCH=1 reload live content.
 */
import 'server-only';
import { getCatalog } from '../catalog/server';
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
  // Development already re-reads changed files on each request (lib/catalog/watch.ts).
  if (process.env.SELFHELP_WATCH === '1' && process.env.NODE_ENV !== 'development') {
    startLiveReload();
    log.info({ event: 'catalog.watch' }, 'watching the content directory for changes');
  }
}
