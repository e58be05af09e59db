/**
 * The bridge between the production server entry (scripts/server.mjs: plain JavaScript, outside Next's bundles)
 * and the app: one object on globalThis. The server sets `draining` on SIGTERM and calls `recordRequest` after
 * every response; the app installs `recordRequest` at start (instrumentation) and reads `draining` in /api/ready.
 */
import { log } from './log';
import { observeRequest } from './metrics';
import { routeOf } from './routes';

/** One answered request, as the server entry measures it. `path` carries no query string. */
export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  ms: number;
}

interface Bridge {
  draining?: boolean;
  recordRequest?: (record: RequestRecord) => void;
}

const KEY = Symbol.for('selfhelp.server');
const bridge = (): Bridge => ((globalThis as { [KEY]?: Bridge })[KEY] ??= {});

/** True once the server has been told to stop: the balancer should send no new requests. */
export function isDraining(): boolean {
  return bridge().draining === true;
}

/** One log line and the request metrics for an answered request. Never logs a query string. */
export function recordRequest({ method, path, status, ms }: RequestRecord): void {
  const route = routeOf(path);
  observeRequest(route, method, status, ms / 1000);
  log.info({ event: 'request', method, path, route, status, ms: Math.round(ms * 10) / 10 }, 'request');
}

/** Lets the server entry record requests through the app's logger and metrics. */
export function installRequestRecorder(): void {
  bridge().recordRequest = recordRequest;
}
