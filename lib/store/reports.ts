/** Feedback grouped for content owners: per article, per owning team, and the latest comments. */
import { type Kysely, sql } from 'kysely';
import { countInt, type FeedbackFilter, filtered, helpfulInt } from './feedback';
import type { Database } from './schema';

// Votes for articles that name no team are grouped under ''.
const OWNER = sql<string>`coalesce(ownership_id, '')`;

export interface FeedbackGroup {
  /** The article id (per article) or the ownershipId (per team; `''` when articles name none). */
  key: string;
  /** Per article: the owning team at the latest vote. */
  ownershipId: string | null;
  votes: number;
  helpful: number;
  notHelpful: number;
  /** Reason → votes, most given first. */
  reasons: Record<string, number>;
  lastVoteAt: string;
}

export interface FeedbackComment {
  articleId: string;
  ownershipId: string | null;
  helpful: boolean;
  reason: string | null;
  comment: string;
  cloud: string | null;
  at: string;
}

/** Votes per article (by case-folded id), most voted first. */
export async function feedbackByArticle(db: Kysely<Database>, filter: FeedbackFilter): Promise<FeedbackGroup[]> {
  const groups = await filtered(db.selectFrom('feedback'), filter)
    .select((eb) => [
      'article_key as k',
      eb.fn.max('article_id').as('key'),
      eb.fn.max('ownership_id').as('owner'),
      countInt.as('votes'),
      helpfulInt.as('helpful'),
      eb.fn.max('updated_at').as('last'),
    ])
    .groupBy('article_key')
    .execute();
  const reasons = await filtered(db.selectFrom('feedback'), filter)
    .select(['article_key as k', 'reason', countInt.as('n')])
    .where('reason', 'is not', null)
    .groupBy(['article_key', 'reason'])
    .execute();
  return assemble(
    groups.map((g) => ({ ...g, owner: g.owner ?? null })),
    reasons,
  );
}

/** Votes per owning team, most voted first. */
export async function feedbackByOwner(db: Kysely<Database>, filter: FeedbackFilter): Promise<FeedbackGroup[]> {
  const groups = await filtered(db.selectFrom('feedback'), filter)
    .select((eb) => [OWNER.as('k'), countInt.as('votes'), helpfulInt.as('helpful'), eb.fn.max('updated_at').as('last')])
    .groupBy(OWNER)
    .execute();
  const reasons = await filtered(db.selectFrom('feedback'), filter)
    .select([OWNER.as('k'), 'reason', countInt.as('n')])
    .where('reason', 'is not', null)
    .groupBy([OWNER, 'reason'])
    .execute();
  return assemble(
    groups.map((g) => ({ ...g, key: g.k, owner: g.k || null })),
    reasons,
  );
}

/** The newest comments (text as written; pages must show it as text). */
export async function latestComments(db: Kysely<Database>, filter: FeedbackFilter, limit = 50): Promise<FeedbackComment[]> {
  const rows = await filtered(db.selectFrom('feedback'), filter)
    .select(['article_id', 'ownership_id', 'helpful', 'reason', 'comment', 'cloud', 'updated_at'])
    .where('comment', 'is not', null)
    .where('comment', '<>', '')
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    ownershipId: r.ownership_id,
    helpful: r.helpful === 1,
    reason: r.reason,
    comment: r.comment ?? '',
    cloud: r.cloud,
    at: r.updated_at,
  }));
}

interface GroupRow {
  k: string;
  key: string;
  owner: string | null;
  votes: number;
  helpful: number;
  last: string;
}

function assemble(groups: GroupRow[], reasons: { k: string; reason: string | null; n: number }[]): FeedbackGroup[] {
  const byKey = new Map<string, [string, number][]>();
  for (const r of reasons) byKey.set(r.k, [...(byKey.get(r.k) ?? []), [r.reason ?? '', r.n]]);
  return groups
    .map((g) => ({
      key: g.key,
      ownershipId: g.owner,
      votes: g.votes,
      helpful: g.helpful,
      notHelpful: g.votes - g.helpful,
      reasons: Object.fromEntries((byKey.get(g.k) ?? []).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      lastVoteAt: g.last,
    }))
    .sort((a, b) => b.votes - a.votes || a.key.localeCompare(b.key));
}
