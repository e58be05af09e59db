/**
 * Feedback benchmark: a production server per database (SQLite in a temp dir; PostgreSQL too when DATABASE_URL
 * is set), /api/health then `POST /api/feedback` at concurrency 16, each vote from a new client and voter (so
 * every request is an insert that passes the rate limit). Figures and same-run ratios to /api/health.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from './spawn';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function waitHealthy(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not answer /api/health');
}

async function measure(options: autocannon.Options) {
  const r = await autocannon({ connections: 16, duration: 5, ...options });
  return { p50Ms: r.latency.p50, p99Ms: r.latency.p99, rps: r.requests.average, non2xx: r.non2xx + r.errors + r.timeouts };
}

let client = 0;
function vote(articleId: string) {
  return {
    method: 'POST' as const,
    path: '/api/feedback',
    setupRequest: (req: autocannon.Request) => {
      client++;
      const ip = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
      const body = JSON.stringify({
        articleId,
        helpful: client % 3 !== 0,
        reason: client % 3 === 0 ? 'Out of date' : 'Solved my problem',
        comment: `bench vote ${client}`,
      });
      return { ...req, body, headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, cookie: `selfhelp_voter=${randomUUID()}` } };
    },
  };
}

async function benchOne(dialect: string, env: Record<string, string>, contentDir: string, port: number) {
  const base = `http://127.0.0.1:${port}`;
  const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', SELFHELP_CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitHealthy(base, server);
    const listed = (await (await fetch(`${base}/api/articles?limit=1`)).json()) as { articles?: { articleId: string }[] };
    const articleId = listed.articles?.[0]?.articleId;
    if (!articleId) throw new Error('no article to vote on');
    // Warm-up (JIT, connection pool, first migrations check) before anything is timed.
    for (let i = 0; i < 20; i++) await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    await measure({ url: base, requests: [vote(articleId)], duration: 1 });
    const health = await measure({ url: `${base}/api/health` });
    const feedback = await measure({ url: base, requests: [vote(articleId)] });
    return { dialect, health, feedback };
  } finally {
    server.kill('SIGTERM');
  }
}

/** Runs the feedback benchmark (needs a production build) and prints one row per endpoint and database. */
export async function benchFeedback(contentDir: string): Promise<void> {
  if (!existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))) throw new Error('No production build in .next: run `next build` first');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'selfhelp-bench-'));
  const runs = [{ dialect: 'sqlite', env: { SELFHELP_DATA_DIR: dataDir, DATABASE_URL: '' } }];
  if (process.env.DATABASE_URL) runs.push({ dialect: 'postgres', env: { SELFHELP_DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL } });
  else console.log('feedback: DATABASE_URL not set, PostgreSQL not measured');
  const rows = [];
  try {
    for (const run of runs) {
      const { health, feedback } = await benchOne(run.dialect, run.env, contentDir, await freePort());
      for (const [name, m] of [
        ['health', health],
        ['feedback POST', feedback],
      ] as const) {
        rows.push({
          endpoint: `${run.dialect}: ${name}`,
          'p50 ms': m.p50Ms,
          'p99 ms': m.p99Ms,
          'req/s': Math.round(m.rps),
          'non-2xx': m.non2xx,
          'p50 ×health': health.p50Ms > 0 ? (m.p50Ms / health.p50Ms).toFixed(2) : 'n/a',
          'req/s ×health': health.rps > 0 ? (m.rps / health.rps).toFixed(2) : 'n/a',
        });
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('feedback: concurrency 16, 5 s per endpoint, every vote a new client and voter');
  console.table(rows);
}
