/**
 * The tables, as Kysely sees them. Columns use types both SQLite and PostgreSQL read back the same way: text,
 * integer (0/1 for booleans: better-sqlite3 cannot bind JS booleans), ISO 8601 UTC strings for times.
 */
import type { Generated } from 'kysely';

/** One vote: one row per browser (voter) and article; a second vote replaces the first. */
export interface FeedbackTable {
  /** Random UUID, made by the server. */
  id: string;
  /** The article's id as the catalog spells it. */
  article_id: string;
  /** Lower-cased article id: ids compare case-insensitively, so votes group and stay unique by this. */
  article_key: string;
  /** Random id from the voter cookie; nothing else about the person is kept. */
  voter_id: string;
  /** 1 = helpful, 0 = not helpful. */
  helpful: number;
  reason: string | null;
  comment: string | null;
  /** Cloud the article was viewed in; null when unknown. */
  cloud: string | null;
  /** The owning team, copied from the catalog at vote time. */
  ownership_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Searches, aggregated per day, cloud, support topic and normalised query: no row says who searched. */
export interface SearchLogTable {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  /** Cloud filter of the search; `''` when none. */
  cloud: string;
  /** Support topic filter of the search; `''` when none. */
  topic: string;
  /** Normalised query text (see normalizeQuery). */
  query: string;
  searches: Generated<number>;
  /** Result count of the latest search of the day. */
  results: Generated<number>;
  clicks: Generated<number>;
}

export interface Database {
  feedback: FeedbackTable;
  search_log: SearchLogTable;
}
