/**
 * Where the store lives and how to open it: SQLite (better-sqlite3) in a file under SELFHELP_DATA_DIR by default,
 * PostgreSQL (pg) when DATABASE_URL is set. Both come back as one Kysely instance; drivers load only when used.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export type StoreConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** No request waits longer than this on the database (connect + query). */
export const DB_TIMEOUT_MS = 2000;

/**
 * SQLite waits this long for another process's lock before giving up (SQLITE_BUSY). better-sqlite3 is
 * synchronous, so the wait blocks the event loop: short, since real write contention clears in milliseconds.
 */
const SQLITE_BUSY_MS = 250;

const FILE_NAME = 'selfhelp.db';

/** The store settings from the environment: DATABASE_URL wins, else SQLite under SELFHELP_DATA_DIR (default ./data). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): StoreConfig {
  if (env.DATABASE_URL) return { dialect: 'postgres', url: env.DATABASE_URL };
  const dir = path.resolve(/*turbopackIgnore: true*/ cwd, env.SELFHELP_DATA_DIR || 'data');
  return { dialect: 'sqlite', file: path.join(/*turbopackIgnore: true*/ dir, FILE_NAME) };
}

/** Opens (and for SQLite, creates) the database. Throws when it cannot be opened. */
export async function openDatabase(config: StoreConfig): Promise<Kysely<Database>> {
  return config.dialect === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url);
}

async function openSqlite(file: string): Promise<Kysely<Database>> {
  const { default: SqliteDatabase } = await import('better-sqlite3');
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const database = new SqliteDatabase(/*turbopackIgnore: true*/ file, { timeout: SQLITE_BUSY_MS });
  try {
    database.pragma('journal_mode = WAL');
    // FULL: each commit is fsynced before the 201 goes out, so an acknowledged vote survives kill -9 and power
    // loss alike (NORMAL in WAL mode survives only a process crash). Votes are rare; the bench shows the cost.
    database.pragma('synchronous = FULL');
  } catch (error) {
    database.close();
    throw error;
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}

async function openPostgres(url: string): Promise<Kysely<Database>> {
  const { Pool } = await import('pg');
  const pool = new Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: DB_TIMEOUT_MS - 500,
    query_timeout: DB_TIMEOUT_MS - 100,
    statement_timeout: DB_TIMEOUT_MS - 100,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server emits here; unhandled, it would crash the process.
  pool.on('error', (error) => console.error(`[store] postgres connection lost: ${error.message}`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
