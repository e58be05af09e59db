/**
 * Live content in production (SELFHELP_WATCH=1): watch the content directory, and after a burst of changes has
 * gone quiet build a NEW catalog beside the served one (only the changed files are read again) and swap it in.
 * Requests keep the catalog they started with, so none sees a mix. One reload runs at a time; changes that
 * arrive meanwhile are picked up by the next. A failed build (a bug; bad content only yields diagnostics) is
 * logged and counted, and the old catalog keeps serving.
 */
import 'server-only';
import { contentDir, currentCatalog, getCatalog, swapCatalog } from '../catalog/server';
import { ChangeLog, watchTree } from '../catalog/watch';
import { log } from './log';
import { metrics } from './metrics';

export interface LiveReloadOptions {
  /** The directory to watch (default: the served content directory). */
  root?: string;
  /** Quiet time after the last change before reloading (ms). */
  debounceMs?: number;
  /** Longest a change waits while changes keep coming (ms), so a steady stream still shows within seconds. */
  maxWaitMs?: number;
}

/** Starts watching and reloading; returns a function that stops both. */
export function startLiveReload(options: LiveReloadOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? Number(process.env.SELFHELP_WATCH_DEBOUNCE_MS || 200);
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let firstChangeAt = 0;
  let running = false;
  let stopped = false;

  const changes = new ChangeLog(() => schedule());
  const stopWatching = watchTree(options.root ?? contentDir(), changes, (message) => log.warn(message));

  function schedule(): void {
    if (stopped) return;
    firstChangeAt ||= performance.now();
    if (running) return; // a running reload reschedules itself when it sees pending changes
    const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - performance.now()));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), wait);
    timer.unref();
  }

  async function reload(): Promise<void> {
    timer = null;
    running = true;
    const since = firstChangeAt;
    firstChangeAt = 0;
    try {
      await reloadOnce(changes, since);
    } finally {
      running = false;
      if (changes.pending) schedule();
    }
  }

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    stopWatching();
  };
}

/** Builds the next catalog from what `changes` recorded and swaps it in; logs and counts the outcome. */
async function reloadOnce(changes: ChangeLog, firstChangeAt: number): Promise<void> {
  const taken = changes.take();
  try {
    const served = currentCatalog() ?? (await getCatalog());
    const next = await served.withChanges(taken);
    const generation = swapCatalog(next, taken.all ? 'all' : taken.files);
    metrics.catalogReloads.inc({ result: 'ok' });
    metrics.catalogLoadSeconds.observe({ kind: 'reload' }, next.loadMs / 1000);
    log.info(
      {
        event: 'catalog.reload',
        generation,
        changed: taken.all ? 'all' : taken.files.length,
        articles: next.size,
        failures: next.failures().length,
        buildMs: Math.round(next.loadMs),
        // From the first change the watcher saw to the new catalog being served.
        latencyMs: Math.round(performance.now() - firstChangeAt),
      },
      'catalog reloaded',
    );
  } catch (error) {
    metrics.catalogReloads.inc({ result: 'failed' });
    log.error({ event: 'catalog.reload-failed', err: error }, 'catalog reload failed; the previous catalog keeps serving');
  }
}
