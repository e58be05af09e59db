/**
 * The production server: Next's request handler inside a plain `http` server, so that every request gets one
 * JSON log line and its metrics (through lib/ops/bridge.ts), and SIGTERM drains in-flight requests before exit.
 * `npm start` and the Docker image run it; it works from the repo (after `next build`) and from a standalone
 * build copied with it (`.next/standalone/` + this file at `scripts/server.mjs`).
 * Env: PORT (3000), HOSTNAME (default: every interface), SHUTDOWN_TIMEOUT_MS (25000), SHUTDOWN_DELAY_MS (0), KEEP_ALIVE_TIMEOUT,
 * LOG_LEVEL, plus the app's own (SELFHELP_CONTENT_DIR, SELFHELP_WATCH, …).
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import pino from 'pino';
import { installCodeCache } from './code-cache.cjs';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NODE_ENV = 'production';
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
// Unset: listen on every interface, IPv4 and IPv6 (as `next start` does), so `localhost` works either way.
const hostname = process.env.HOSTNAME || undefined;
// Where this process reaches itself: the rendered-page cache (proxy.ts) renders a missing page through it.
const loopback = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname.includes(':') ? `[${hostname}]` : hostname;
process.env.SELFHELP_INTERNAL_ORIGIN = `http://${loopback}:${port}`;
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS || 25_000);
const shutdownDelayMs = Number(process.env.SHUTDOWN_DELAY_MS || 0);

// The same settings as lib/ops/log.ts, which picks this instance up from globalThis: one stream per process.
const LOGGER = Symbol.for('selfhelp.logger');
const log = (globalThis[LOGGER] ??= pino({
  name: 'selfhelp',
  level: process.env.LOG_LEVEL || 'info',
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
}));

// The app fills `recordRequest` (lib/ops/bridge.ts) when it starts; `draining` is read by /api/ready.
const bridge = (globalThis[Symbol.for('selfhelp.server')] ??= {});

// A build's resolved config, as the standalone server.js uses it: no next.config.ts is loaded at run time.
const { config } = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
// The catalog snapshot (lib/catalog/snapshot.ts) is only read by the build that wrote it; by default it is kept in
// the build's own cache folder (the Docker image sets a writable one).
process.env.SELFHELP_BUILD_ID = readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim();
process.env.SELFHELP_CATALOG_CACHE ||= path.join(dir, '.next', 'cache', 'selfhelp');
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

// The content read-ahead (lib/catalog/readahead.ts): a worker thread reads the content while Next boots, and the
// catalog's first load takes its reads. Started before Next is imported, so the two overlap; SELFHELP_READAHEAD=off
// leaves it out. Its messages wait on `port` until the catalog listens.
const readahead = path.join(dir, '.next', 'selfhelp', `readahead-${process.env.SELFHELP_BUILD_ID}.cjs`);
if (process.env.SELFHELP_READAHEAD !== 'off' && existsSync(readahead)) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(readahead, { workerData: { port: port1 }, transferList: [port1] });
  const handle = { port: port2, failed: null };
  worker.on('error', (error) => {
    log.warn({ event: 'readahead-failed', err: error }, 'content read-ahead failed; the catalog reads the files itself');
    // Said at once: a worker that died sends nothing more, and the catalog would otherwise wait for it (STALL_MS).
    handle.failed = error instanceof Error ? error.message : String(error);
    port2.close();
  });
  worker.unref();
  globalThis[Symbol.for('selfhelp.readahead')] = handle;
}

// The V8 code cache that postbuild made (scripts/code-cache.cjs): Next's modules are compiled from it instead of
// from source. `write` (scripts/build-code-cache.mjs) records one; `off` leaves it out.
const codeCache = path.join(dir, '.next', 'selfhelp', 'code-cache');
const codeCacheMode = process.env.SELFHELP_CODE_CACHE;
if (codeCacheMode !== 'off' && (codeCacheMode === 'write' || existsSync(codeCache))) {
  installCodeCache({ dir: codeCache, root: dir, write: codeCacheMode === 'write' });
}

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port, conf: config });
const handle = app.getRequestHandler();
let inFlight = 0;

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  inFlight++;
  if (bridge.draining) res.setHeader('connection', 'close');
  res.once('close', () => {
    inFlight--;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // 499: the client went away before the answer was complete (nginx's convention).
    const status = res.writableFinished ? res.statusCode : 499;
    const record = { method: req.method ?? 'GET', path: pathOf(req), status, ms };
    if (bridge.recordRequest) bridge.recordRequest(record);
    else log.info({ event: 'request', ...record }, 'request');
  });
  handle(req, res).catch((error) => {
    log.error({ event: 'request-failed', err: error, path: pathOf(req) }, 'request handler failed');
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
// Paths only: query strings carry what readers searched for, which stays out of the logs.
function pathOf(req) {
  return (req.url ?? '/').split('?')[0];
}
const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
if (keepAlive >= 0) server.keepAliveTimeout = keepAlive;

/** Stop taking new work, let in-flight requests finish, then exit; a hard deadline bounds the wait. */
function shutdown(signal) {
  if (bridge.draining) return;
  bridge.draining = true;
  log.info({ event: 'shutdown', signal, inFlight }, 'draining');
  setTimeout(() => {
    log.error({ event: 'shutdown-timeout', inFlight }, `requests still open after ${shutdownTimeoutMs} ms; exiting`);
    process.exit(1);
  }, shutdownTimeoutMs).unref();
  // An optional pause while /api/ready answers 503, so the balancer stops routing here before the port closes.
  setTimeout(() => {
    server.close(async () => {
      await app.close().catch(() => undefined);
      log.info({ event: 'stopped' }, 'stopped');
      process.exit(0);
    });
    // Idle keep-alive sockets would hold close() open; busy ones close after their response (connection: close).
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
  }, shutdownDelayMs).unref();
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => shutdown(signal));

await app.prepare();
server.listen(port, hostname, () => log.info({ event: 'listening', port, hostname: hostname ?? '*', dir }, `listening on port ${port}`));
