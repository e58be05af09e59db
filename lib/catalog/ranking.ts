/**
 * How `q` orders the articles that pass the filters. Pasted ids come first (an articleId, then the articles of a
 * pasted topic or product id), then ranked full-text matches: articles with all words when any has them all,
 * else the closest matches (`allTerms: false`). While the ranked index is building, the substring scan answers.
 */

import type { SearchHit, SearchIndex } from '../search/engine';
import { type DetectedIds, detectIds, type IdLookup, type SearchHint } from '../search/ids';
import { parseQuery, type QueryWord, queryWords } from '../search/query';
import { matchScore, type SearchText, searchTerms } from './search';

/** Why an article is where it is in a ranked answer. */
export interface Match {
  score: number;
  /** Terms to highlight: index terms (`mode: 'index'`) or lower-cased substrings (`mode: 'scan'`). */
  terms: string[];
  mode: 'index' | 'scan';
  /** Set when a pasted id put the article first. */
  reason?: 'articleId' | 'supportTopicId' | 'productPesId';
}

/** What a query means, worked out once per query text and cached. */
export interface QueryPlan {
  detected: DetectedIds;
  words: QueryWord[];
  /** The scan's terms for the same text. */
  scanTerms: string[];
  /** Folded services named in the query: their articles are boosted. */
  services: Set<string>;
}

/** Plans a query against the catalog's ids and names. */
export function planQuery(q: string, lookup: IdLookup): QueryPlan {
  const parsed = parseQuery(q);
  const detected = detectIds(parsed.tokens, lookup, parsed.whole);
  const services = new Set(detected.hints.filter((h) => h.kind === 'service').map((h) => h.value));
  return { detected, words: queryWords(detected.text), scanTerms: searchTerms(detected.text.join(' ')), services };
}

// An article of a service the query names outranks a near-equal match elsewhere, not a better one: many service
// names are also title words (`storage`, `compute`, `sql`), and a stronger boost (1.5, 3) lowered the known-item MRR.
const SERVICE_BOOST = 1.2;
// Hits are cached per query; past the first pages their matched terms (only used for highlights) are let go.
const KEEP_TERMS = 500;
const NO_TERMS: string[] = [];

/** Unfiltered ranked hits of one query, computed lazily (the OR list only when some filter needs it). */
export class Hits {
  private all?: SearchHit[];
  private any?: SearchHit[];

  constructor(
    private readonly index: SearchIndex,
    private readonly plan: QueryPlan,
    private readonly serviceOf: (id: string) => string,
    private readonly titleOf: (id: string) => string,
  ) {}

  /** Articles with every word, best first. */
  allWords(): SearchHit[] {
    this.all ??= this.run('AND');
    return this.all;
  }

  /** Articles with any word, best first (more words matched ranks higher). */
  anyWord(): SearchHit[] {
    this.any ??= this.run('OR');
    return this.any;
  }

  private run(combineWith: 'AND' | 'OR'): SearchHit[] {
    const { services } = this.plan;
    const boost = services.size > 0 ? (id: string) => (services.has(this.serviceOf(id)) ? SERVICE_BOOST : 1) : undefined;
    const hits = this.index.search(this.plan.words, { combineWith, boost, titleOf: this.titleOf });
    for (let i = KEEP_TERMS; i < hits.length; i++) {
      const hit = hits[i];
      if (hit) hit.terms = NO_TERMS;
    }
    return hits;
  }
}

/** Ranked hits restricted to `allowed` keys: all-words hits when there are any, else any-word hits. */
export function filteredHits(hits: Hits, allowed: (id: string) => boolean): { hits: SearchHit[]; allTerms: boolean } {
  const all = hits.allWords().filter((h) => allowed(h.id));
  if (all.length > 0) return { hits: all, allTerms: true };
  return { hits: hits.anyWord().filter((h) => allowed(h.id)), allTerms: false };
}

/** The substring scan over the rows' texts: every term somewhere, title hits first. Rows whose text is gone never match. */
export function scanHits<R>(rows: readonly R[], textOf: (row: R) => SearchText | null, terms: readonly string[]): Array<{ row: R; score: number }> {
  if (terms.length === 0) return [];
  const scored: Array<{ row: R; score: number }> = [];
  for (const row of rows) {
    const text = textOf(row);
    const score = text ? matchScore(text, terms) : 0;
    if (score > 0) scored.push({ row, score });
  }
  // Array sort is stable, so equal scores keep catalog order.
  return scored.sort((a, b) => b.score - a.score);
}

/** Puts `first` (in its order) ahead of the rest, dropping repeats. */
export function pinFirst<T>(first: readonly T[], rest: readonly T[]): T[] {
  const seen = new Set(first);
  return [...first, ...rest.filter((r) => !seen.has(r))];
}

export type { SearchHint };
