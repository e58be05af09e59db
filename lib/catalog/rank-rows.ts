/**
 * Orders the rows that pass the filters for a query: a pasted articleId first, then the articles of a pasted
 * topic or product id that match the words (all of them when there are no words), then the other matches.
 */
import type { SearchHit } from '../search/engine';
import type { SortOrder } from './filters';
import { compareEntries, compareTitles, type Row, type SearchInfo } from './indexes';
import { filteredHits, type Hits, type Match, pinFirst, type QueryPlan, scanHits } from './ranking';

/** What ranking needs of the index, for the rows of one filtered answer. */
export interface RankContext {
  /** The filtered rows, in catalog order. */
  rows: Row[];
  row(file: string): Row | undefined;
  allowed(row: Row): boolean;
  byId(articleId: string): Row[];
  posting(dim: number, value: string): Row[];
}

const DIMS = { supportTopicId: 1, productPesId: 2 } as const;

/** Ranked (then re-sorted when `sort` is not relevance) rows, their matches, and how the query was answered. */
export function rankRows(rows: Row[], sort: SortOrder, planned: { plan: QueryPlan; hits: Hits | null }, ctx: RankContext) {
  const { plan, hits } = planned;
  const matches = new Map<Row, Match>();
  const text = textMatches(plan, hits, ctx, matches);
  const pinned = plan.detected.articleIds.flatMap((id) => ctx.byId(id)).filter(ctx.allowed);
  for (const row of pinned) matches.set(row, { ...(matches.get(row) ?? blank(hits)), reason: 'articleId' });

  let hinted: Row[] = [];
  for (const hint of plan.detected.hints) {
    if (hint.kind === 'service') continue;
    const own = new Set(ctx.posting(DIMS[hint.kind], hint.value).filter(ctx.allowed));
    // With words, the id's articles that match them come first; without, all of them (catalog order).
    const chosen = plan.words.length > 0 ? text.rows.filter((r) => own.has(r)) : [...own];
    for (const row of chosen) if (!matches.get(row)?.reason) matches.set(row, { ...(matches.get(row) ?? blank(hits)), reason: hint.kind });
    hinted = pinFirst(hinted, chosen);
  }
  const ranked = pinFirst(pinFirst(pinned, hinted), text.rows);
  const ordered = sort === 'relevance' ? ranked : [...ranked].sort((a, b) => (sort === 'title' ? compareTitles : compareEntries)(a.entry, b.entry));
  const search: SearchInfo = { index: hits ? 'ready' : 'building', allTerms: text.allTerms, hints: plan.detected.hints };
  return { rows: ordered, matches, search };
}

const blank = (hits: Hits | null): Match => ({ score: 0, terms: [], mode: hits ? 'index' : 'scan' });

/** Rows matching the query's words, best first, recording each match. */
function textMatches(plan: QueryPlan, hits: Hits | null, ctx: RankContext, matches: Map<Row, Match>): { rows: Row[]; allTerms: boolean } {
  if (plan.words.length === 0) return { rows: [], allTerms: true };
  if (!hits) {
    const scanned = scanHits(ctx.rows, (r) => r.entry.text, plan.scanTerms);
    for (const { row, score } of scanned) matches.set(row, { score, terms: plan.scanTerms, mode: 'scan' });
    return { rows: scanned.map((s) => s.row), allTerms: true };
  }
  const found = filteredHits(hits, (file) => {
    const row = ctx.row(file);
    return row !== undefined && ctx.allowed(row);
  });
  const rows: Row[] = [];
  for (const hit of found.hits) {
    const row = ctx.row(hit.id);
    if (!row) continue;
    rows.push(row);
    matches.set(row, toMatch(hit));
  }
  return { rows, allTerms: found.allTerms };
}

function toMatch(hit: SearchHit): Match {
  return { score: Math.round(hit.score * 1000) / 1000, terms: hit.terms, mode: 'index' };
}
