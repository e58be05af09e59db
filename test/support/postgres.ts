/**
 * A throwaway PostgreSQL cluster for tests: `initdb` into a temp dir, `pg_ctl start` on a free local port
 * (PG_TEST_PORT, default 5433, and the next 7), removed by `stop()`. PostgreSQL refuses to run as root, so as
 * root the tools run as the `postgres` user (`runuser`). The C locale makes text order match SQLite's byte order. Missing tools are an error, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PgCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  /** A fresh, empty database on the cluster; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

const MISSING =
  "PostgreSQL tools (initdb, pg_ctl) not found: install Debian's `postgresql` package (`apt-get install -y postgresql`, as .ci/run does) or set PG_BIN to the folder holding them";

/** The folder with initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
export function pgBin(): string {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(MISSING);
  return found;
}

const asRoot = process.getuid?.() === 0;

function runAs(bin: string, args: string[]): { ok: boolean; output: string } {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Starts a cluster; throws with the tools' output when it cannot. */
export async function startPostgres(): Promise<PgCluster> {
  const bin = pgBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const init = runAs(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  if (!init.ok) throw cleanup(dir, `initdb failed: ${init.output}`);
  const first = Number(process.env.PG_TEST_PORT ?? 5433);
  for (let port = first; port < first + 8; port++) {
    if (!(await portFree(port))) continue;
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const start = runAs(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '30', 'start']);
    if (!start.ok) continue; // Taken between the probe and the start: try the next port.
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      createDatabase: (name) => createDatabase(url, name),
      stop: () => {
        runAs(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  throw cleanup(dir, `pg_ctl could not start a cluster on ports ${first}–${first + 7}`);
}

function cleanup(dir: string, message: string): Error {
  rmSync(dir, { recursive: true, force: true });
  return new Error(message);
}

async function createDatabase(url: string, name: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return url.replace(/\/postgres$/, `/${name}`);
}
