/** Starting the production server for a benchmark, and reading its memory. Shared by the server and soak benches. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The flags `npm start` gives Node (package.json `config.nodeFlags`: the heap cap), so a bench runs what ships. */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { config?: { nodeFlags?: string } };
  return (pkg.config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
}

/** A port the OS says is free on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resident memory of a process and its descendants, from /proc (Linux). */
export function treeRssMb(pid: number): number {
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

export interface Running {
  base: string;
  child: ChildProcess;
}

/**
 * Starts scripts/server.mjs (the production entry, an existing `next build`) on a free loopback port serving
 * `contentDir`; stdout (the JSON log) goes to `logFile` when given. Resolves once the port is chosen.
 */
export async function startServer(contentDir: string, env: Record<string, string> = {}, logFile?: string): Promise<Running> {
  if (!existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))) throw new Error('No production build in .next: run `npm run build` first');
  const port = await freePort();
  const child = spawn(process.execPath, [...serverNodeFlags(), path.join(repoRoot, 'scripts', 'server.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', SELFHELP_CONTENT_DIR: contentDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', logFile ? openSync(logFile, 'a') : 'ignore', 'inherit'],
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

/** Stops a server (SIGTERM: it drains) and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** Polls `url` until it answers 2xx; returns its JSON. */
export async function firstAnswer(url: string, server: ChildProcess, timeoutMs = 180_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
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
