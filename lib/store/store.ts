/**
 * The store's life: open, migrate, and answer within a deadline or say why not. A failed open or query marks
 * the store `unavailable` with the reason; for a few seconds after that, calls fail at once instead of each
 * waiting on a database that is down, then the next call tries again (so the store recovers by itself).
 */
import { type Kysely, Migrator } from 'kysely';
import { DB_TIMEOUT_MS, type Dialect, openDatabase, type StoreConfig } from './connect';
import { migrationProvider, ping } from './migrations';
import type { Database } from './schema';

/** What `/api/health` and the widget are told. */
export interface StoreStatus {
  state: 'ok' | 'unavailable';
  dialect: Dialect;
  /** Why the store is unavailable (the driver's message). */
  reason?: string;
}

/** Thrown by store calls when the database cannot answer in time; routes turn it into 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/**
 * Whether `error` is a StoreUnavailableError. Checked by name, not `instanceof`: Next bundles routes and pages
 * separately, so the shared store (on globalThis) may throw another bundle's copy of the class.
 */
export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof Error && error.name === 'StoreUnavailableError';
}

export interface StoreOptions {
  /** Longest a call waits on the database (default DB_TIMEOUT_MS). */
  timeoutMs?: number;
  /** After a failure, calls fail at once for this long before the database is tried again. */
  retryAfterMs?: number;
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class Store {
  private db: Promise<Kysely<Database>> | null = null;
  private status: StoreStatus;
  private retryAt = 0;
  private answeredAt = 0;

  private readonly timeoutMs: number;
  private readonly retryAfterMs: number;

  constructor(
    readonly config: StoreConfig,
    options: StoreOptions = {},
  ) {
    this.status = { state: 'ok', dialect: config.dialect };
    this.timeoutMs = options.timeoutMs ?? DB_TIMEOUT_MS;
    this.retryAfterMs = options.retryAfterMs ?? 5000;
  }

  /** The last known state (no database round trip). */
  get state(): StoreStatus {
    return this.status;
  }

  /** Runs `op` against the migrated database within the deadline; throws StoreUnavailableError otherwise. */
  async run<T>(op: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.status.state === 'unavailable' && Date.now() < this.retryAt) {
      throw new StoreUnavailableError(this.status.reason);
    }
    try {
      const result = await withDeadline(this.ready().then(op), this.timeoutMs);
      this.status = { state: 'ok', dialect: this.config.dialect };
      this.answeredAt = Date.now();
      return result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.status = { state: 'unavailable', dialect: this.config.dialect, reason };
      this.retryAt = Date.now() + this.retryAfterMs;
      throw new StoreUnavailableError(reason);
    }
  }

  /**
   * The state, checked with a trivial query unless a query succeeded within `maxAgeMs` (so health checks and
   * widgets under load do not add a round trip each). Never throws.
   */
  async check(maxAgeMs = 1000): Promise<StoreStatus> {
    if (this.status.state === 'ok' && Date.now() - this.answeredAt < maxAgeMs) return this.status;
    await this.run((db) => ping.execute(db)).catch(() => undefined);
    return this.status;
  }

  /** Closes the connection (tests, shutdown). */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) await db.then((d) => d.destroy()).catch(() => undefined);
  }

  // Opens and migrates once; a failure is forgotten so the next attempt starts over.
  private ready(): Promise<Kysely<Database>> {
    if (!this.db) {
      const opening = openDatabase(this.config).then(migrate);
      this.db = opening;
      opening.catch(() => {
        if (this.db === opening) this.db = null;
      });
    }
    return this.db;
  }
}

async function migrate(db: Kysely<Database>): Promise<Kysely<Database>> {
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return db;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
}
