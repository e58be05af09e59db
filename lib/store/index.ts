/**
 * The store's public surface: feedback votes and the search log in SQLite or PostgreSQL behind one Kysely query
 * layer. `Store` runs each query within the deadline; the query functions take the Kysely instance it hands out.
 */
export { configFromEnv, DB_TIMEOUT_MS, type Dialect, type StoreConfig } from './connect';
export { type FeedbackFilter, type FeedbackSummary, saveVote, summarize, type VoteInput } from './feedback';
export { MIGRATION_NAMES } from './migrations';
export { normalizeQuery } from './normalize';
export { type FeedbackComment, type FeedbackGroup, feedbackByArticle, feedbackByOwner, latestComments } from './reports';
export { logClick, logSearch, purgeSearchLog, SEARCH_LOG_DAYS, type SearchEvent, type SearchLogFilter, type SearchLogRow, searchGaps } from './searchLog';
export { isStoreUnavailable, Store, type StoreOptions, type StoreStatus, StoreUnavailableError } from './store';
