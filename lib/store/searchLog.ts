/**
 * The search log: how often each normalised query was searched per day, cloud and support topic, how many
 * results the latest search found and how many results were clicked. Kept 90 days; no row names a person.
 */
import { type Kysely, sql } from 'kysely';
import { dayOf, normalizeQuery } from './normalize';
import type { Database } from './schema';

export const SEARCH_LOG_DAYS = 90;

export interface SearchEvent {
  q: string;
  cloud?: string | null;
  supportTopicId?: string | null;
  /** Results found (searches only). */
  total?: number;
}

export interface SearchLogRow {
  day: string;
  cloud: string;
  topic: string;
  query: string;
  searches: number;
  results: number;
  clicks: number;
}

export interface SearchLogFilter {
  cloud?: string;
  /** Only searches within these support topics. */
  topics?: readonly string[];
}

function key(event: SearchEvent, now: Date) {
  return { day: dayOf(now), cloud: event.cloud ?? '', topic: event.supportTopicId ?? '', query: normalizeQuery(event.q) };
}

/** Counts one search; false when the query is empty once normalised (nothing stored). */
export async function logSearch(db: Kysely<Database>, event: SearchEvent, now = new Date()): Promise<boolean> {
  const row = key(event, now);
  if (!row.query) return false;
  const results = Math.max(0, Math.trunc(event.total ?? 0));
  await db
    .insertInto('search_log')
    .values({ ...row, searches: 1, results })
    .onConflict((oc) => oc.columns(['day', 'cloud', 'topic', 'query']).doUpdateSet((eb) => ({ searches: eb('search_log.searches', '+', 1), results })))
    .execute();
  return true;
}

/** Counts a click on a result of a search (a row with no search is made when the day changed in between). */
export async function logClick(db: Kysely<Database>, event: SearchEvent, now = new Date()): Promise<boolean> {
  const row = key(event, now);
  if (!row.query) return false;
  await db
    .insertInto('search_log')
    .values({ ...row, clicks: 1 })
    .onConflict((oc) => oc.columns(['day', 'cloud', 'topic', 'query']).doUpdateSet((eb) => ({ clicks: eb('search_log.clicks', '+', 1) })))
    .execute();
  return true;
}

/** The first day still kept: older rows are purged, and never shown while they wait for it. */
export function retentionStart(now: Date, days = SEARCH_LOG_DAYS): string {
  return dayOf(new Date(now.getTime() - days * 86_400_000));
}

/** Deletes rows older than the retention period; returns how many went. */
export async function purgeSearchLog(db: Kysely<Database>, now = new Date(), days = SEARCH_LOG_DAYS): Promise<number> {
  const result = await db.deleteFrom('search_log').where('day', '<', retentionStart(now, days)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Searches that found nothing (`kind: 'no-results'`) or whose results nobody clicked, newest day first. */
export async function searchGaps(db: Kysely<Database>, kind: 'no-results' | 'no-clicks', filter: SearchLogFilter, limit = 500): Promise<SearchLogRow[]> {
  return db
    .selectFrom('search_log')
    .select(['day', 'cloud', 'topic', 'query', 'searches', 'results', 'clicks'])
    .where('searches', '>', 0)
    .$if(kind === 'no-results', (q) => q.where('results', '=', 0))
    .$if(kind === 'no-clicks', (q) => q.where('results', '>', 0).where('clicks', '=', 0))
    .$if(filter.cloud !== undefined, (q) => q.where('cloud', '=', filter.cloud ?? ''))
    .where('day', '>=', retentionStart(new Date()))
    .$if(filter.topics !== undefined, (q) => (filter.topics?.length ? q.where('topic', 'in', filter.topics) : q.where(sql<boolean>`1 = 0`)))
    .orderBy('day', 'desc')
    .orderBy('searches', 'desc')
    .orderBy('query')
    .orderBy('cloud')
    .orderBy('topic')
    .limit(limit)
    .execute();
}
