/**
 * Orders the rows that pass the filters for a query: a pasted articleId first, then the articles of a pasted
 * topic or product id that match the words (all of them when there are no words), then the other matches.
 */
import type { SearchHit } from '../search/engine';
import type { SortOrder } from './filters';
import { filteredHits, type Hits, type Match, pinFirst, type QueryPlan, scanHits } from './ranking';
import { compareRowTitles, type Row, type SearchInfo } from './rows';
import { scanText } from './search';

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

/**
 * How a ranked answer explains its rows, kept small because answers are cached: ranked hits are the cached list
 * of the query (shared, not copied), looked up only for the page shown; pasted-id reasons are few.
 */
export interface Explained {
  hits: readonly SearchHit[] | null;
  /** Substring-scan scores while the index builds. */
  scan: Map<Row, number> | null;
  reasons: Map<Row, NonNullable<Match['reason']>>;
  scanTerms: string[];
}

/** Ranked (then re-sorted when `sort` is not relevance) rows, how to explain them, and how the query was answered. */
export function rankRows(sort: SortOrder, planned: { plan: QueryPlan; hits: Hits | null }, ctx: RankContext) {
  const { plan, hits } = planned;
  const text = textMatches(plan, hits, ctx);
  const reasons = new Map<Row, NonNullable<Match['reason']>>();
  const pinned = plan.detected.articleIds.flatMap((id) => ctx.byId(id)).filter(ctx.allowed);
  for (const row of pinned) reasons.set(row, 'articleId');

  let hinted: Row[] = [];
  for (const hint of plan.detected.hints) {
    if (hint.kind === 'service') continue;
    const own = new Set(ctx.posting(DIMS[hint.kind], hint.value).filter(ctx.allowed));
    // With words, the id's articles that match them come first; without, all of them (catalog order).
    const chosen = plan.words.length > 0 ? text.rows.filter((r) => own.has(r)) : [...own];
    for (const row of chosen) if (!reasons.has(row)) reasons.set(row, hint.kind);
    hinted = pinFirst(hinted, chosen);
  }
  const ranked = pinFirst(pinFirst(pinned, hinted), text.rows);
  // Catalog order is each row's ordinal; title order compares the rows' title keys.
  const ordered = sort === 'relevance' ? ranked : [...ranked].sort(sort === 'title' ? compareRowTitles : (a, b) => a.ordinal - b.ordinal);
  const search: SearchInfo = { index: hits ? 'ready' : 'building', allTerms: text.allTerms, hints: plan.detected.hints };
  const explained: Explained = { hits: text.hits, scan: text.scan, reasons, scanTerms: plan.scanTerms };
  return { rows: ordered, explained, search };
}

/** The matches of some rows (a page): one pass over the query's hits. */
export function explain(rows: readonly Row[], e: Explained): Map<Row, Match> {
  const out = new Map<Row, Match>();
  const wanted = new Map(rows.map((r) => [r.entry.meta.file, r]));
  for (const hit of e.hits ?? []) {
    const row = wanted.get(hit.id);
    if (row) out.set(row, { score: Math.round(hit.score * 1000) / 1000, terms: hit.terms, mode: 'index' });
  }
  for (const row of rows) {
    const scan = e.scan?.get(row);
    if (scan !== undefined) out.set(row, { score: scan, terms: e.scanTerms, mode: 'scan' });
    const reason = e.reasons.get(row);
    if (reason) out.set(row, { ...(out.get(row) ?? { score: 0, terms: [], mode: e.hits ? 'index' : 'scan' }), reason });
  }
  return out;
}

/** Rows matching the query's words, best first: ranked hits (restricted to the filtered rows) or the scan. */
function textMatches(plan: QueryPlan, hits: Hits | null, ctx: RankContext) {
  const none = { rows: [] as Row[], allTerms: true, hits: null, scan: null };
  if (plan.words.length === 0) return none;
  if (!hits) {
    const scanned = scanHits(ctx.rows, (r) => scanText(r.entry), plan.scanTerms);
    return { ...none, rows: scanned.map((s) => s.row), scan: new Map(scanned.map((s) => [s.row, s.score])) };
  }
  const found = filteredHits(hits, (file) => {
    const row = ctx.row(file);
    return row !== undefined && ctx.allowed(row);
  });
  const rows = found.hits.map((h) => ctx.row(h.id)).filter((r): r is Row => r !== undefined);
  return { rows, allTerms: found.allTerms, hits: found.hits, scan: null };
}
