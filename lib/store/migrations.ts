/**
 * Versioned migrations, run at start by Kysely's Migrator. Names sort in the order they apply; a shipped
 * migration is never edited, a change is a new one. Written with the schema builder so one text serves both
 * SQLite and PostgreSQL.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001_feedback': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('feedback')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('article_key', 'text', (c) => c.notNull())
        .addColumn('voter_id', 'text', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('comment', 'text')
        .addColumn('cloud', 'text')
        .addColumn('ownership_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('feedback_voter_article', ['voter_id', 'article_key'])
        .execute();
      await db.schema.createIndex('feedback_article_key').on('feedback').column('article_key').execute();
      await db.schema.createIndex('feedback_ownership_id').on('feedback').column('ownership_id').execute();
      await db.schema.createIndex('feedback_updated_at').on('feedback').column('updated_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('feedback').execute();
    },
  },
  '0002_search_log': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('search_log')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('cloud', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('topic', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('searches', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('results', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('clicks', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('search_log_pk', ['day', 'cloud', 'topic', 'query'])
        .execute();
      await db.schema.createIndex('search_log_day').on('search_log').column('day').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('search_log').execute();
    },
  },
};

/** The migrations above, for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** Names of every migration, in order (tests check they all ran). */
export const MIGRATION_NAMES = Object.keys(migrations).sort();

/** A trivial query proving the connection works. */
export const ping = sql`select 1`;
