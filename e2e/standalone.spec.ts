/**
 * Many machines: two servers from the standalone build (`node .next/standalone/server.js`, Next's own entry, and
 * `scripts/server.mjs`, ours, as the Docker image runs it) on two ports over the same content answer identically,
 * API JSON and pages' main regions alike. Then SIGTERM on ours: /api/ready turns 503, requests already sent are
 * all answered, and the process exits 0. Last, a restart of ours starts from the catalog snapshot the first run wrote.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE_DIR } from '../playwright.config';

const ROOT = path.join(import.meta.dirname, '..');
const STANDALONE = path.join(ROOT, '.next', 'standalone');
const CONTENT = path.join(ROOT, SITE_DIR);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Running {
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** What the server wrote to stdout so far (our entry: JSON log lines). */
  stdout: () => string;
}

async function start(entry: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: STANDALONE,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', SELFHELP_CONTENT_DIR: CONTENT, LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${base}/api/ready`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [100] }).toBe(200);
  return { base, child, exited, stdout: () => out };
}

/** The page's `<main>` element as served (server-rendered HTML), with per-response nonces removed. */
async function mainRegion(base: string, pathname: string): Promise<string> {
  const res = await fetch(base + pathname);
  expect(res.status, pathname).toBe(200);
  const html = await res.text();
  const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  expect(main.length, `${pathname} has a main region`).toBeGreaterThan(100);
  return main.replace(/\snonce="[^"]*"/g, '');
}

async function json(base: string, pathname: string): Promise<unknown> {
  const res = await fetch(base + pathname);
  expect(res.status, pathname).toBe(200);
  return res.json();
}

test.describe.configure({ mode: 'serial' });

test.describe('standalone build on two ports', () => {
  let nextEntry: Running;
  let ours: Running;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    expect(existsSync(path.join(STANDALONE, 'server.js')), 'run `npm run build` (output: standalone)').toBe(true);
    [nextEntry, ours] = await Promise.all([start('server.js'), start(path.join('scripts', 'server.mjs'), { SHUTDOWN_DELAY_MS: '1500', LOG_LEVEL: 'info' })]);
  });

  test.afterAll(() => {
    for (const s of [nextEntry, ours]) if (s && s.child.exitCode === null) s.child.kill('SIGKILL');
  });

  test('the API answers the same on both', async () => {
    test.setTimeout(120_000);
    const list = (await json(nextEntry.base, '/api/articles?limit=500')) as { total: number; articles: Array<{ articleId: string }> };
    expect(list.total).toBeGreaterThanOrEqual(30);
    const paths = [
      '/api/articles?limit=500',
      '/api/articles?cloud=fairfax&q=network',
      '/api/articles?type=diagnostics',
      ...list.articles.map((a) => `/api/articles/${encodeURIComponent(a.articleId)}`),
    ];
    for (const p of paths) expect(await json(ours.base, p), p).toEqual(await json(nextEntry.base, p));
  });

  test('pages have the same main region on both, and client assets are served', async () => {
    test.setTimeout(180_000);
    const list = (await json(nextEntry.base, '/api/articles?limit=500')) as { articles: Array<{ articleId: string }> };
    const pages = ['/', '/?cloud=mooncake', '/?q=storage', '/diagnostics', ...list.articles.map((a) => `/articles/${encodeURIComponent(a.articleId)}`)];
    for (const p of pages) expect(await mainRegion(ours.base, p), p).toBe(await mainRegion(nextEntry.base, p));
    const html = await (await fetch(`${nextEntry.base}/`)).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    for (const s of [nextEntry, ours]) expect((await fetch(s.base + asset)).status, `${s.base}${asset}`).toBe(200);
  });

  test('our entry logs one JSON line per request, with the path and never the query string', async () => {
    await fetch(`${ours.base}/?q=secretsearchterm&cloud=fairfax`).then((r) => r.text());
    await expect.poll(() => ours.stdout().includes('"route":"/"')).toBe(true);
    // Next prints one plain line of its own at start ("Running next.config took …"); the rest is JSON.
    const lines = ours
      .stdout()
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const home = lines.find((l) => l.event === 'request' && l.path === '/');
    expect(home).toMatchObject({ method: 'GET', route: '/', status: 200 });
    expect(typeof home?.ms).toBe('number');
    expect(ours.stdout()).not.toContain('secretsearchterm');
    expect(lines.some((l) => l.event === 'catalog.load' && typeof l.articles === 'number')).toBe(true);
  });

  test('SIGTERM drains: ready turns 503, requests already sent are answered, exit 0', async () => {
    test.setTimeout(60_000);
    const inFlight = Array.from({ length: 8 }, (_, i) => fetch(`${ours.base}/?q=virtual${i}`).then((r) => r.status));
    ours.child.kill('SIGTERM');
    // SHUTDOWN_DELAY_MS keeps the port open while readiness reports the drain to the balancer.
    expect((await fetch(`${ours.base}/api/ready`)).status).toBe(503);
    expect(await Promise.all(inFlight)).toEqual(Array(8).fill(200));
    expect(await ours.exited).toBe(0);
  });
});

test.describe('a restart from the catalog snapshot', () => {
  let cache: string;
  const running: Running[] = [];

  test.beforeAll(async () => {
    cache = await mkdtemp(path.join(tmpdir(), 'selfhelp-snapshot-'));
  });

  test.afterAll(async () => {
    for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await rm(cache, { recursive: true, force: true });
  });

  /** The JSON log lines of one event. */
  const events = (s: Running, event: string) =>
    s
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === event);

  /** The answers a restart must not change, asked once the search index is ready (so `q` is ranked on both). */
  async function answers(base: string): Promise<unknown[]> {
    await expect.poll(async () => ((await json(base, '/api/articles?q=network&limit=1')) as { index?: string }).index, { timeout: 60_000 }).toBe('ready');
    const paths = ['/api/articles?limit=500', '/api/articles?cloud=fairfax&q=network', '/api/articles?cloud=mooncake&type=diagnostics', '/api/health'];
    return Promise.all(paths.map((p) => json(base, p).then((body) => ({ ...(body as object), generation: undefined }))));
  }

  test('reads no article file again and answers the same', async () => {
    test.setTimeout(180_000);
    const env = { SELFHELP_CATALOG_CACHE: cache, LOG_LEVEL: 'info' };
    const first = await start(path.join('scripts', 'server.mjs'), env);
    running.push(first);
    const before = await answers(first.base);
    await expect.poll(() => events(first, 'catalog.snapshot').length, { timeout: 60_000 }).toBe(1);
    expect(events(first, 'catalog.load')[0]?.snapshot).toMatchObject({ state: 'none yet', reused: 0 });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await start(path.join('scripts', 'server.mjs'), env);
    running.push(second);
    const use = events(second, 'catalog.load')[0]?.snapshot as { state: string; reused: number; files: number };
    expect(use.state).toBe('used');
    expect(use.files).toBeGreaterThanOrEqual(30);
    expect(use.reused).toBe(use.files);
    expect(await answers(second.base)).toEqual(before);
    // Nothing changed, so nothing is written again.
    expect(events(second, 'catalog.snapshot')).toEqual([]);
  });
});
