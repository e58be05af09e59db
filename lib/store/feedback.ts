/** Feedback queries: save a vote (one per voter and article, a second replaces the first) and count them. */
import { randomUUID } from 'node:crypto';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from './schema';

export interface VoteInput {
  articleId: string;
  helpful: boolean;
  reason: string | null;
  comment: string | null;
  cloud: string | null;
  ownershipId: string | null;
  voterId: string;
}

/** Which votes to count: all of them, one article's, one team's, optionally for one cloud. */
export interface FeedbackFilter {
  articleId?: string;
  ownershipId?: string;
  cloud?: string;
}

export interface FeedbackSummary {
  votes: number;
  helpful: number;
  notHelpful: number;
  /** Reason → number of votes that gave it. */
  reasons: Record<string, number>;
}

/** Counts as a plain number in both databases (PostgreSQL's count() is a bigint, which pg returns as a string). */
export const countInt = sql<number>`cast(count(*) as integer)`;
export const helpfulInt = sql<number>`cast(coalesce(sum(helpful), 0) as integer)`;

/** Stores a vote; when this voter already voted on the article, that row is replaced and keeps its id. */
export async function saveVote(db: Kysely<Database>, vote: VoteInput): Promise<{ id: string; replaced: boolean }> {
  const now = new Date().toISOString();
  const id = randomUUID();
  const fields = {
    article_id: vote.articleId,
    helpful: vote.helpful ? 1 : 0,
    reason: vote.reason,
    comment: vote.comment,
    cloud: vote.cloud,
    ownership_id: vote.ownershipId,
    updated_at: now,
  };
  const row = await db
    .insertInto('feedback')
    .values({ id, article_key: vote.articleId.toLowerCase(), voter_id: vote.voterId, created_at: now, ...fields })
    .onConflict((oc) => oc.columns(['voter_id', 'article_key']).doUpdateSet(fields))
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, replaced: row.id !== id };
}

type FeedbackQuery<O> = SelectQueryBuilder<Database, 'feedback', O>;

/** Applies a filter's conditions to a query over `feedback`. */
export function filtered<O>(query: FeedbackQuery<O>, filter: FeedbackFilter): FeedbackQuery<O> {
  return query
    .$if(filter.articleId !== undefined, (q) => q.where('article_key', '=', (filter.articleId ?? '').toLowerCase()))
    .$if(filter.ownershipId !== undefined, (q) => q.where('ownership_id', '=', filter.ownershipId ?? ''))
    .$if(filter.cloud !== undefined, (q) => q.where('cloud', '=', filter.cloud ?? ''));
}

/** Votes, helpful and not, and reasons for the filter. */
export async function summarize(db: Kysely<Database>, filter: FeedbackFilter): Promise<FeedbackSummary> {
  const totals = await filtered(db.selectFrom('feedback').select([countInt.as('votes'), helpfulInt.as('helpful')]), filter).executeTakeFirst();
  const reasons = await filtered(db.selectFrom('feedback').select(['reason', countInt.as('n')]), filter)
    .where('reason', 'is not', null)
    .groupBy('reason')
    .orderBy('reason')
    .execute();
  const votes = totals?.votes ?? 0;
  const helpful = totals?.helpful ?? 0;
  return { votes, helpful, notHelpful: votes - helpful, reasons: Object.fromEntries(reasons.map((r) => [r.reason ?? '', r.n])) };
}
