/**
 * Runs one suite against both databases: `describe.each(BACKENDS)` plus `useBackend(kind)`, which starts a
 * throwaway PostgreSQL cluster for the postgres run (and stops it) and hands out fresh, empty stores: a new
 * SQLite file in a temp dir, or a new database on the cluster.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Store, type StoreConfig, type StoreOptions } from '@/lib/store';
import { type PgCluster, startPostgres } from './postgres';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

export interface BackendFixture {
  /** A config for a fresh, empty database. */
  freshConfig(): Promise<StoreConfig>;
  /** A store on a fresh database, closed after the suite. */
  fresh(options?: StoreOptions): Promise<Store>;
  cluster(): PgCluster | null;
}

export function useBackend(kind: Backend): BackendFixture {
  let cluster: PgCluster | null = null;
  const dirs: string[] = [];
  const stores: Store[] = [];
  let n = 0;
  beforeAll(async () => {
    if (kind === 'postgres') cluster = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    cluster?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const freshConfig = async (): Promise<StoreConfig> => {
    if (kind === 'sqlite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'selfhelp-sqlite-'));
      dirs.push(dir);
      return { dialect: 'sqlite', file: path.join(dir, 'data', 'selfhelp.db') };
    }
    if (!cluster) throw new Error('PostgreSQL cluster not started');
    return { dialect: 'postgres', url: await cluster.createDatabase(`t${process.pid}_${++n}`) };
  };
  return {
    freshConfig,
    async fresh(options) {
      const store = new Store(await freshConfig(), options);
      stores.push(store);
      return store;
    },
    cluster: () => cluster,
  };
}
