/**
 * The ranked full-text index: MiniSearch (BM25+) over five fields with boosts (title > description, service >
 * headings > body), Porter stems, prefix and fuzzy matching plus whole-word typo corrections (typos.ts). It stores no
 * documents: only terms, their frequencies and each article's key (its file), so a result is a key and a score.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { fold, indexTerms, queryTerm, words } from './analyze';
import type { QueryWord } from './query';
import { Vocabulary } from './typos';

/** What is indexed of one article; `id` is its key (the catalog uses the file path, which is unique). */
export interface SearchDocument {
  id: string;
  title: string;
  /** Every heading of the body, joined. */
  headings: string;
  description: string;
  /** Service, resource and tags: the names an engineer types before the symptom (`keyvault firewall`). */
  service: string;
  body: string;
}

export const SEARCH_FIELDS = ['title', 'headings', 'description', 'service', 'body'] as const;

/** Search-time weights: field boosts, and how much a prefix, fuzzy or corrected match counts against an exact one. */
export interface Tuning {
  boost: Record<(typeof SEARCH_FIELDS)[number], number>;
  prefix: number;
  fuzzy: number;
  corrected: number;
  /** Score factor for a title the query covers whole: 1 + coverage × this (see `titleMatch`). */
  coverage: number;
  /** Score factor for a query whose words are all in the title: 1 + share × this. */
  queryCoverage: number;
  /** Score factor for a query whose words are in the title as typed (not only their stems): 1 + share × this. */
  exact: number;
  /** Score factor for a query whose words come in the title's order: 1 + share × this. */
  order: number;
  /** BM25+ parameters (MiniSearch's defaults: k 1.2, b 0.7, d 0.5). */
  bm25: { k: number; b: number; d: number };
}

/** Weights tuned on generated known-item queries (test/corpus/known-item.test.ts, a seed not used in its assertions). */
export const DEFAULT_TUNING: Tuning = {
  boost: { title: 15, description: 1, service: 3, headings: 2, body: 1 },
  prefix: 0.2,
  fuzzy: 0.3,
  corrected: 0.8,
  coverage: 1,
  queryCoverage: 2,
  exact: 0.6,
  order: 0.4,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

/** One ranked match. */
export interface SearchHit {
  id: string;
  score: number;
  /** Index terms that matched (stems, prefix and typo matches included): what a snippet highlights. */
  terms: string[];
  /** How many of the query's words matched. */
  matched: number;
}

// Short stems get no edits (`ssl` must not find `sql`); longer ones one, then two.
const fuzziness = (term: string) => (term.length <= 4 ? false : term.length <= 8 ? 1 : 2);

/** MiniSearch with one addition: how many documents hold a term (the index's own count, no second vocabulary). */
class TermIndex extends MiniSearch<SearchDocument> {
  frequency(term: string): number {
    let n = 0;
    for (const docs of this._index.get(term)?.values() ?? []) n = Math.max(n, docs.size);
    return n;
  }
}

const newIndex = () =>
  new TermIndex({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize: words,
    processTerm: indexTerms,
    searchOptions: { tokenize: words, processTerm: queryTerm, prefix: (t) => t.length >= 3, fuzzy: fuzziness },
  });

export interface SearchOptions {
  combineWith: 'AND' | 'OR';
  /** Score factor per article key (1 = neutral). */
  boost?: (id: string) => number;
  /** The display title of an article key: the best hits are re-ranked by how much of it the query covers. */
  titleOf?: (id: string) => string;
}

// Only the head of a ranking is re-ranked by title coverage: that is where near-identical titles compete.
const RERANK = 100;

/** How well a title matches a query: shares between 0 and 1. */
export interface TitleMatch {
  /** Share of the title's index terms among the matched terms: `Enrollment Options` is covered whole by
   * "enrollment options", `Manage Devices - Enrollment options` only half, so the article the query names wins. */
  coverage: number;
  /** Share of the query's words found in the title (a word matching in the body only does not count). */
  query: number;
  /** Share of the query's words written in the title as typed (`migrate` in "Migrate failures", not "migration"). */
  exact: number;
  /** Share of the query's successive word pairs found in the title in the order typed: people type a title's words
   * in its order, so "widget cache reset" names "Widget cache reset fails" rather than "Reset the widget cache". Words not
   * in the title (typos, other forms) are skipped; 0 when fewer than two are in it. */
  order: number;
}

/** Scores a title against the matched index terms and the query's folded words. */
export function titleMatch(title: string, matched: ReadonlySet<string>, typed: readonly string[]): TitleMatch {
  const terms = new Set<string>();
  const folded = new Set<string>();
  // Where each index term first occurs in the title: a word's index, its parts (`KeyVault`: key, vault) in order within it.
  const position = new Map<string, number>();
  for (const [i, w] of words(title).entries()) {
    folded.add(fold(w));
    const t = indexTerms(w);
    if (typeof t === 'string') terms.add(t);
    else if (t) terms.add(t[0] ?? '');
    for (const [j, term] of (typeof t === 'string' ? [t] : (t ?? [])).entries()) if (!position.has(term)) position.set(term, i + j / 100);
  }
  terms.delete('');
  if (terms.size === 0 || typed.length === 0) return { coverage: 0, query: 0, exact: 0, order: 0 };
  let covered = 0;
  for (const t of terms) if (matched.has(t)) covered++;
  // Each matched title term stands for one query word (a prefix may match two title terms: capped).
  const query = Math.min(covered, typed.length) / typed.length;
  const exact = typed.filter((w) => folded.has(w)).length / typed.length;
  const at = typed.map((w) => position.get(queryTerm(w) ?? '')).filter((i): i is number => i !== undefined);
  let ordered = 0;
  for (let i = 1; i < at.length; i++) if ((at[i] ?? 0) > (at[i - 1] ?? 0)) ordered++;
  return { coverage: covered / terms.size, query, exact, order: at.length > 1 ? ordered / (at.length - 1) : 0 };
}

export class SearchIndex {
  private readonly mini = newIndex();
  private readonly vocabulary = new Vocabulary();
  /** Search-time weights (no rebuild needed to change them). */
  tuning: Tuning = DEFAULT_TUNING;

  /** Builds an index in chunks, yielding to the event loop between them so a server keeps answering. */
  static async build(docs: readonly SearchDocument[], chunkSize = 100): Promise<SearchIndex> {
    const index = new SearchIndex();
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    // The first chunk waits too: whoever started the build (the catalog's load) answers before any indexing.
    for (let i = 0; i < docs.length; i += chunkSize) {
      await pause();
      for (const doc of docs.slice(i, i + chunkSize)) index.add(doc);
    }
    return index;
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds or replaces an article (development reloads). */
  put(doc: SearchDocument): void {
    if (this.mini.has(doc.id)) this.mini.discard(doc.id);
    this.add(doc);
  }

  // Corrections are drawn from the fields people type from; body words are left to the fuzzy match on stems.
  private add(doc: SearchDocument): void {
    this.mini.add(doc);
    for (const text of [doc.title, doc.headings, doc.description, doc.service]) this.vocabulary.add(text);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /** Ranked matches for the words, best first. */
  search(queryWords: readonly QueryWord[], options: SearchOptions): SearchHit[] {
    if (queryWords.length === 0) return [];
    const frequency = (term: string) => this.mini.frequency(term);
    const queries: Query[] = queryWords.map(({ word }) => {
      const fixes = this.vocabulary.corrections(word, frequency);
      const corrected = this.tuning.corrected;
      return fixes.length === 0 ? word : { combineWith: 'OR', queries: [word, { queries: fixes, prefix: false, fuzzy: false, boostTerm: () => corrected }] };
    });
    const { boost: fields, prefix, fuzzy, bm25 } = this.tuning;
    const boost = options.boost;
    const results = this.mini.search(
      { combineWith: options.combineWith, queries },
      { boost: fields, weights: { prefix, fuzzy }, bm25, ...(boost ? { boostDocument: (id: string) => boost(id) } : {}) },
    );
    const hits = results.map(toHit);
    const titleOf = options.titleOf;
    const { coverage, queryCoverage, exact, order } = this.tuning;
    if (!titleOf || coverage + queryCoverage + exact + order === 0) return hits;
    const head = hits.slice(0, RERANK);
    const typed = queryWords.map(({ word }) => fold(word));
    for (const hit of head) {
      const m = titleMatch(titleOf(hit.id), new Set(hit.terms), typed);
      hit.score *= (1 + coverage * m.coverage) * (1 + queryCoverage * m.query) * (1 + exact * m.exact) * (1 + order * m.order);
    }
    return [...head.sort((a, b) => b.score - a.score), ...hits.slice(RERANK)];
  }
}

function toHit(r: SearchResult): SearchHit {
  return { id: String(r.id), score: r.score, terms: r.terms, matched: r.queryTerms.length };
}
