/**
 * Watch the content directory. The watcher only records which paths changed. In development the catalog re-reads
 * them when it is next asked for (so a burst of editor writes costs one reload, and nothing runs between
 * requests); in production with SELFHELP_WATCH=1, lib/ops/reload.ts is told of each change and reloads after a
 * quiet moment.
 */
import 'server-only';
import { watch } from 'node:fs';
import { isHidden } from './files';

/** Changed paths (relative, forward slashes) collected since the last `take()`; `all` when a path was not named. */
export class ChangeLog {
  private paths = new Set<string>();
  private everything = false;

  /** `onChange` is called after each recorded change (not for hidden files). */
  constructor(private readonly onChange?: () => void) {}

  add(file: string | null): void {
    if (file === null) this.everything = true;
    else if (!isHidden(file)) this.paths.add(file);
    else return;
    this.onChange?.();
  }

  get pending(): boolean {
    return this.everything || this.paths.size > 0;
  }

  /** Hands over what changed and starts a new log. */
  take(): { all: boolean; files: string[] } {
    const out = { all: this.everything, files: [...this.paths] };
    this.paths = new Set();
    this.everything = false;
    return out;
  }
}

/**
 * Watches `root` recursively (inotify-backed on Linux since Node 19.1) and records changes in `log`.
 * Returns a function that stops watching; when watching is impossible, every request rescans instead.
 */
export function watchTree(root: string, log: ChangeLog, warn: (message: string) => void = console.warn): () => void {
  try {
    const watcher = watch(/*turbopackIgnore: true*/ root, { recursive: true, persistent: false }, (_event, name) => {
      log.add(name ? String(name).replace(/\\/g, '/') : null);
    });
    watcher.on('error', (error) => {
      warn(`[catalog] watching ${root} failed (${String(error)}); rescanning the whole directory instead`);
      watcher.close();
      rescanForever(log);
    });
    return () => watcher.close();
  } catch (error) {
    warn(`[catalog] cannot watch ${root} (${String(error)}); rescanning the whole directory instead`);
    return rescanForever(log);
  }
}

// Fallback: mark everything changed every second; the catalog then reloads whole (slow, but correct).
function rescanForever(log: ChangeLog): () => void {
  log.add(null);
  const timer = setInterval(() => log.add(null), 1000);
  timer.unref();
  return () => clearInterval(timer);
}
