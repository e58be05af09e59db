/**
 * Server benchmark: start the production server (scripts/server.mjs on an existing build) on a corpus, time spawn → first filtered
 * answer, then load each path with autocannon at concurrency 16 and compare it with /api/health in the same run
 * (ratios travel between machines better than absolute numbers). Also: 400 article pages twice (cold, then from the
 * rendered-page cache), RSS after the run, the JavaScript an article page loads and the HTML of `/`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { firstAnswer, startServer, stopServer, treeRssMb } from './spawn';
import { median } from './stats';

const CONNECTIONS = 16;

export interface Row {
  name: string;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

// Starts timed of each kind: one start on a shared 2-core host varies by half a second, so the median is printed.
const STARTS = 3;

export interface ServerBenchResult {
  /** Spawn → first filtered answer with no catalog snapshot (every file read and parsed): the median of STARTS. */
  coldFirstAnswerMs: number;
  coldFirstAnswersMs: number[];
  /** Spawn → first filtered answer on a restart, from the snapshot the first start wrote: the median of STARTS. */
  firstAnswerMs: number;
  firstAnswersMs: number[];
  /** Spawn → the API reporting the ranked search index ready (the restart). */
  indexReadyMs: number;
  rssAfterMb: number;
  rows: Row[];
  articleJsGzKb: number;
  homeHtmlKb: number;
  homeHtmlGzKb: number;
}

/** The most used support topic among fairfax articles, read straight from the files (before the server runs). */
function fairfaxTopic(dir: string): string {
  const counts = new Map<string, number>();
  const value = (block: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(block)?.[1]?.toLowerCase() ?? '';
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const text = readFileSync(path.join(d.parentPath, d.name), 'latin1');
    const start = text.indexOf('<properties');
    if (start === -1) continue;
    const block = text.slice(start, text.indexOf('/>', start));
    if (!value(block, 'cloudEnvironments').includes('fairfax') || value(block, 'disableClouds').includes('fairfax')) continue;
    for (const t of value(block, 'supportTopicIds').split(',')) if (t.trim()) counts.set(t.trim(), (counts.get(t.trim()) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`No fairfax article with a support topic under ${dir}`);
  return best[0];
}

/** Loads `paths` in turn (each request takes the next path) for `seconds`, or exactly `amount` requests. */
async function load(
  base: string,
  name: string,
  paths: readonly string[],
  opts: { seconds?: number; amount?: number; headers?: Record<string, string> },
): Promise<Row> {
  let i = 0;
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    ...(opts.headers ? { headers: opts.headers } : {}),
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 5 }),
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] ?? '/' }) }],
  });
  // autocannon stops at the deadline but the server still works off what is queued: let it drain.
  await fetch(`${base}/api/health`).then((res) => res.arrayBuffer());
  return { name, rps: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
}

/** Polls until the API says the search index is ready; returns ms since `started`. */
async function indexReady(base: string, started: number, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const body = (await fetch(`${base}/api/articles?q=firewall&limit=1`).then((r) => r.json())) as { index?: string };
    if (body.index === 'ready') return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The search index was not ready within ${timeoutMs} ms`);
}

/** The gzipped JavaScript a page's HTML loads (module scripts; the nomodule polyfill is never fetched by browsers). */
async function pageJsGzKb(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(base + pagePath)).text();
  const srcs = new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0])).map((m) => m[1] ?? ''));
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes / 1024;
}

/** Runs the server benchmark against `corpusDir`; assumes `next build` has been run. Prints and returns figures. */
/** `queries`: known-item queries the `q` rows cycle through, so cached answers do not flatter them. */
export async function benchServer(corpusDir: string, queries: readonly string[], seconds = 5): Promise<ServerBenchResult> {
  const dir = path.resolve(corpusDir);
  const topic = fairfaxTopic(dir);
  const filteredApi = `/api/articles?cloud=fairfax&supportTopicId=${encodeURIComponent(topic)}`;
  // First starts, each with an empty snapshot folder; the first waits for its snapshot, which the restarts load.
  const cache = mkdtempSync(path.join(tmpdir(), 'selfhelp-bench-cache-'));
  const env = { SELFHELP_CATALOG_CACHE: cache };
  const coldFirstAnswersMs: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const own = i === 0 ? cache : mkdtempSync(path.join(tmpdir(), 'selfhelp-bench-cache-'));
    const started = performance.now();
    const cold = await startServer(dir, { SELFHELP_CATALOG_CACHE: own });
    try {
      await firstAnswer(cold.base + filteredApi, cold.child);
      coldFirstAnswersMs.push(performance.now() - started);
      if (i === 0) {
        await indexReady(cold.base, started);
        await snapshotWritten(cache);
      }
    } finally {
      await stopServer(cold.child);
      if (own !== cache) rmSync(own, { recursive: true, force: true });
    }
  }
  // Restarts from the snapshot; the last one stays up for the load.
  const firstAnswersMs: number[] = [];
  for (let i = 1; i < STARTS; i++) {
    const started = performance.now();
    const restart = await startServer(dir, env);
    try {
      await firstAnswer(restart.base + filteredApi, restart.child);
      firstAnswersMs.push(performance.now() - started);
    } finally {
      await stopServer(restart.child);
    }
  }
  const started = performance.now();
  const { base, child: server } = await startServer(dir, env);
  try {
    await firstAnswer(base + filteredApi, server);
    firstAnswersMs.push(performance.now() - started);
    const indexReadyMs = await indexReady(base, started);
    // 400 articles spread over the catalog (every n-th), the same for both passes.
    const all = (await (await fetch(`${base}/api/articles?limit=500&offset=0`)).json()) as { total: number };
    const ids: string[] = [];
    for (let offset = 0; ids.length < 400 && offset < all.total; offset += Math.max(1, Math.floor(all.total / 400))) {
      const page = (await (await fetch(`${base}/api/articles?limit=1&offset=${offset}`)).json()) as { articles: Array<{ articleId: string }> };
      const id = page.articles[0]?.articleId;
      if (id) ids.push(`/articles/${encodeURIComponent(id)}`);
    }

    const rows: Row[] = [];
    rows.push(await load(base, '/api/health', ['/api/health'], { seconds }));
    rows.push(await load(base, '/', ['/'], { seconds }));
    rows.push(await load(base, `/?cloud=fairfax&supportTopicId=${topic}`, [`/?cloud=fairfax&supportTopicId=${encodeURIComponent(topic)}`], { seconds }));
    rows.push(await load(base, '/api/articles?cloud=mooncake', ['/api/articles?cloud=mooncake'], { seconds }));
    rows.push(
      await load(
        base,
        `/api/articles?q= (${queries.length} queries)`,
        queries.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`),
        { seconds },
      ),
    );
    rows.push(
      await load(
        base,
        `/?q= (${queries.length} queries)`,
        queries.map((q) => `/?q=${encodeURIComponent(q)}`),
        { seconds },
      ),
    );
    // Client navigations (a filter picked, a word typed with JavaScript on) fetch the page's React Server Components
    // payload, which the page cache does not keep: rendered for each. Next wants its `_rsc` parameter with them.
    const navigation = { seconds, headers: { RSC: '1', 'Sec-Fetch-Dest': 'empty' } };
    rows.push(
      await load(
        base,
        `/?cloud=fairfax&supportTopicId=${topic}, client navigation`,
        [`/?cloud=fairfax&supportTopicId=${encodeURIComponent(topic)}&_rsc`],
        navigation,
      ),
    );
    rows.push(
      await load(
        base,
        `/?q= (${queries.length} queries), client navigation`,
        queries.map((q) => `/?q=${encodeURIComponent(q)}&_rsc`),
        navigation,
      ),
    );
    rows.push(await load(base, `${ids.length} article pages, first pass`, ids, { amount: ids.length }));
    rows.push(await load(base, `the same ${ids.length}, second pass`, ids, { seconds }));
    const rssAfterMb = server.pid ? treeRssMb(server.pid) : 0;
    const articleJsGzKb = await pageJsGzKb(base, ids[0] ?? '/');
    const home = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer());
    const result = {
      coldFirstAnswerMs: median(coldFirstAnswersMs),
      coldFirstAnswersMs,
      firstAnswerMs: median(firstAnswersMs),
      firstAnswersMs,
      indexReadyMs,
      rssAfterMb,
      rows,
      articleJsGzKb,
      homeHtmlKb: home.length / 1024,
      homeHtmlGzKb: gzipSync(home).length / 1024,
    };
    printServer(result);
    return result;
  } finally {
    await stopServer(server);
    rmSync(cache, { recursive: true, force: true });
  }
}

/** Waits until a catalog snapshot is in `cache` (written by rename, so a file there is complete). */
async function snapshotWritten(cache: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!readdirSync(cache).some((name) => name.startsWith('catalog-') && name.endsWith('.json'))) {
    if (Date.now() > deadline) throw new Error(`No catalog snapshot in ${cache} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function printServer(r: ServerBenchResult): void {
  const health = r.rows[0];
  const each = (ms: readonly number[]) => ms.map((v) => Math.round(v)).join(', ');
  console.log(
    `\nserver: first filtered answer ${Math.round(r.firstAnswerMs)} ms after spawn on a restart (from the catalog snapshot; median of ${each(r.firstAnswersMs)}), ` +
      `${Math.round(r.coldFirstAnswerMs)} ms on a first start (every file read; median of ${each(r.coldFirstAnswersMs)}); ` +
      `search index ready ${Math.round(r.indexReadyMs)} ms after spawn; RSS ${r.rssAfterMb.toFixed(0)} MB after the run`,
  );
  console.log(
    `bytes: an article page loads ${r.articleJsGzKb.toFixed(1)} KB of gzipped JavaScript; / is ${r.homeHtmlKb.toFixed(1)} KB of HTML (${r.homeHtmlGzKb.toFixed(1)} KB gzipped)`,
  );
  console.table(
    r.rows.map((row) => ({
      path: row.name,
      'req/s': Math.round(row.rps),
      'p50 ms': row.p50Ms,
      'p99 ms': row.p99Ms,
      errors: row.errors,
      'req/s ÷ health': health ? (row.rps / health.rps).toFixed(2) : '',
      'p99 ÷ health': health ? (row.p99Ms / health.p99Ms).toFixed(2) : '',
    })),
  );
}
