/**
 * The store under a real production server of our own (not the shared e2e servers), on both databases: a vote
 * acknowledged with 201 survives `kill -9` and a restart; with the database unusable, pages still render, the
 * widget says feedback is unavailable and /api/health stays 200 reporting it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SPARE_PORT } from '../playwright.config';
import { type PgCluster, startPostgres } from '../test/support/postgres';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const ROOT = path.join(import.meta.dirname, '..');
const BASE = `http://localhost:${SPARE_PORT}`;

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  // Another server left on the port would answer in place of ours and make the test meaningless.
  const stale = await fetch(`${BASE}/api/health`).catch(() => null);
  if (stale) throw new Error(`port ${SPARE_PORT} is already serving; stop that server first`);
  const next = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  // Own process group, so kill -9 reaches every process of the server.
  return spawn(process.execPath, [next, 'start', '-p', String(SPARE_PORT)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SELFHELP_CONTENT_DIR: 'e2e/fixtures/content', ...env },
    stdio: 'ignore',
    detached: true,
  });
}

async function healthy(server: ChildProcess): Promise<{ database: { state: string; dialect: string; reason?: string } }> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const res = await fetch(`${BASE}/api/health`).catch(() => null);
    if (res?.ok) return res.json();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

function kill9(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    if (server.pid) process.kill(-server.pid, 'SIGKILL');
  });
}

const dirs: string[] = [];
let cluster: PgCluster | null = null;
test.afterAll(() => {
  cluster?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

for (const kind of ['sqlite', 'postgres'] as const) {
  test(`a vote acknowledged with 201 survives kill -9 and a restart (${kind})`, async () => {
    let env: Record<string, string>;
    if (kind === 'sqlite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-crash-'));
      dirs.push(dir);
      env = { SELFHELP_DATA_DIR: dir };
    } else {
      cluster = await startPostgres();
      env = { DATABASE_URL: await cluster.createDatabase('crash') };
    }
    let server = await startServer(env);
    try {
      expect((await healthy(server)).database).toEqual({ state: 'ok', dialect: kind });
      const res = await fetch(`${BASE}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articleId: 'feedback-target', helpful: false, reason: 'Hard to follow', comment: `survives ${kind}` }),
      });
      expect(res.status).toBe(201);
      // No pause: the kill follows the acknowledgement at once.
      await kill9(server);
      server = await startServer(env);
      await healthy(server);
      const summary = await (await fetch(`${BASE}/api/feedback/summary?articleId=feedback-target`)).json();
      expect(summary).toEqual({ votes: 1, helpful: 0, notHelpful: 1, reasons: { 'Hard to follow': 1 } });
    } finally {
      await kill9(server);
    }
  });
}

test('with the database unusable, pages render, the widget says unavailable, health stays 200', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-nodb-'));
  dirs.push(dir);
  // A data dir that is a file: SQLite can never open it.
  writeFileSync(path.join(dir, 'data'), 'not a directory');
  const server = await startServer({ SELFHELP_DATA_DIR: path.join(dir, 'data') });
  try {
    const health = await healthy(server);
    expect(health.database).toMatchObject({ state: 'unavailable', dialect: 'sqlite', reason: expect.any(String) });
    await page.goto(`${BASE}/articles/feedback-target`);
    await expect(page.getByRole('heading', { level: 1, name: 'Calibrate a widget sensor' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Was this helpful?' }).getByText('Feedback is unavailable right now.', { exact: false })).toBeVisible();
    const vote = await page.request.post(`${BASE}/api/feedback`, { data: { articleId: 'feedback-target', helpful: true } });
    expect(vote.status()).toBe(503);
    await page.goto(`${BASE}/insights`);
    await expect(page.getByRole('heading', { level: 1, name: 'Content health' })).toBeVisible();
    await expect(page.getByText(/The database is unavailable/).first()).toBeVisible();
  } finally {
    await kill9(server);
  }
});
