/**
 * Server benchmark: start `next start` (an existing production build) on a corpus, time spawn → first filtered
 * answer, read the server's RSS after warm-up, then load each endpoint with autocannon and compare it with
 * /api/health in the same run (ratios travel between machines better than absolute numbers).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface EndpointResult {
  name: string;
  path: string;
  p50Ms: number;
  p99Ms: number;
  rps: number;
  non2xx: number;
  /** p50 relative to /api/health's (1 = as fast as health). */
  p50Ratio: number;
  /** Requests/s relative to /api/health's (1 = as many). */
  rpsRatio: number;
}

export interface ServerBenchResult {
  firstAnswerMs: number;
  /** Spawn → the API reporting `"index": "ready"`. */
  indexReadyMs: number;
  /** RSS after every endpoint was loaded. */
  rssAfterMb: number;
  /** RSS right after the first answer (catalog loaded, little else), then after every page was warmed up. */
  rssAtFirstAnswerMb: number;
  rssMb: number;
  topic: string;
  articleId: string;
  endpoints: EndpointResult[];
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resident memory of a process and its descendants, from /proc (Linux). */
function treeRssMb(pid: number): number {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
    return children.reduce((sum, child) => sum + treeRssMb(child), rss);
  } catch {
    return 0;
  }
}

async function firstAnswer(url: string, server: ChildProcess, timeoutMs = 120_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`No answer from ${url} within ${timeoutMs} ms`);
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

async function load(url: string, seconds: number, drainUrl: string, paths?: readonly string[]) {
  // Several paths are cycled through by each connection (one query after another).
  const requests = paths?.map((path) => ({ method: 'GET' as const, path }));
  const r = await autocannon({ url, connections: 16, duration: seconds, ...(requests ? { requests } : {}) });
  // autocannon stops sending at the deadline but the server still works off what is queued; let it finish so the
  // next endpoint is not measured behind this one's backlog.
  await fetch(drainUrl).then((res) => res.arrayBuffer());
  return { p50Ms: r.latency.p50, p99Ms: r.latency.p99, rps: r.requests.average, non2xx: r.non2xx + r.errors + r.timeouts };
}

/** Runs the server benchmark against `corpusDir`; assumes `next build` has been run. Prints and returns figures. */
export async function benchServer(corpusDir: string, queries: readonly string[], seconds = 5): Promise<ServerBenchResult> {
  if (!existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))) throw new Error('No production build in .next: run `next build` first');
  const dir = path.resolve(corpusDir);
  const topic = fairfaxTopic(dir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const filtered = `/api/articles?cloud=fairfax&supportTopicId=${encodeURIComponent(topic)}`;
  const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');

  const started = performance.now();
  const server = spawn(process.execPath, [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', SELFHELP_CONTENT_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const answer = (await firstAnswer(base + filtered, server)) as { articles?: Array<{ articleId: string }> };
    const firstAnswerMs = performance.now() - started;
    const rssAtFirstAnswerMb = server.pid ? treeRssMb(server.pid) : 0;
    const articleId = answer.articles?.[0]?.articleId ?? '';
    const indexReadyMs = await indexReady(base, started);
    const searches = queries.map((q) => `/api/articles?q=${encodeURIComponent(q)}&limit=20`);

    const targets: Array<[string, string]> = [
      ['health', '/api/health'],
      ['home', '/'],
      ['home filtered', `/?cloud=fairfax&supportTopicId=${encodeURIComponent(topic)}`],
      ['article page', `/articles/${encodeURIComponent(articleId)}`],
      ['api filtered', filtered],
      ['api q (with highlights)', searches[0] ?? '/api/articles?q=firewall'],
    ];
    for (const [, p] of targets) for (let i = 0; i < 20; i++) await fetch(base + p).then((r) => r.arrayBuffer());
    for (const p of searches) await fetch(base + p).then((r) => r.arrayBuffer());
    const rssMb = server.pid ? treeRssMb(server.pid) : 0;

    const measured = [];
    for (const [name, p] of targets) {
      // The q endpoint cycles through every query, so the cache of answers does not flatter it.
      const cycle = p.startsWith('/api/articles?q=') ? searches : undefined;
      measured.push({ name, path: cycle ? `${cycle.length} queries` : p, ...(await load(base + p, seconds, `${base}/api/health`, cycle)) });
    }
    const rssAfterMb = server.pid ? treeRssMb(server.pid) : 0;
    const health = measured[0];
    const endpoints = measured.map((m) => ({
      ...m,
      p50Ratio: health && health.p50Ms > 0 ? m.p50Ms / health.p50Ms : Number.NaN,
      rpsRatio: health && health.rps > 0 ? m.rps / health.rps : Number.NaN,
    }));

    console.log(
      `server: first filtered answer ${Math.round(firstAnswerMs)} ms after spawn; search index ready ${Math.round(indexReadyMs)} ms after spawn; ` +
        `RSS ${rssAtFirstAnswerMb.toFixed(0)} MB then, ${rssMb.toFixed(0)} MB after warm-up, ${rssAfterMb.toFixed(0)} MB after the load runs`,
    );
    console.table(
      endpoints.map((e) => ({
        endpoint: `${e.name} ${e.path}`,
        'p50 ms': e.p50Ms,
        'p99 ms': e.p99Ms,
        'req/s': Math.round(e.rps),
        'non-2xx': e.non2xx,
        'p50 ×health': e.p50Ratio.toFixed(2),
        'req/s ×health': e.rpsRatio.toFixed(2),
      })),
    );
    return { firstAnswerMs, indexReadyMs, rssAtFirstAnswerMb, rssMb, rssAfterMb, topic, articleId, endpoints };
  } finally {
    server.kill('SIGTERM');
  }
}
