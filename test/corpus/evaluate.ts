/**
 * Runs known-item queries through a search function and scores them. A text query is satisfied by its article,
 * or (the `grouped` figure) by an article with the same display title (`titleKey`: same words): the result list
 * groups those into one card ("8 articles with this title"), so no title words tell them apart. Ids are scored
 * strictly; `strict` scores text queries strictly too.
 */
import { titleKey } from '@/lib/catalog/display';
import type { KnownItem, QueryKind } from './known-items';
import { type Metrics, metrics, rankOf, type Scored } from './metrics';

/** A search under test: the top results of a query, as files. */
export type Search = (q: string) => string[];

/** What scoring needs to know about the catalog. */
export interface Truth {
  title(file: string): string;
  articleId(file: string): string;
  hasTopic(file: string, topic: string): boolean;
  /** How many articles carry a topic. */
  topicSize(topic: string): number;
}

export interface Evaluation {
  strict: Metrics;
  grouped: Metrics;
  byKind: Record<QueryKind, { strict: Metrics; grouped: Metrics }>;
  /** Topic queries whose top min(10, size) results are all the topic's articles. */
  topicFilled: number;
  topicQueries: number;
  misses: Array<{ kind: QueryKind; q: string; file: string; got: string[] }>;
}

/** Scores every query; `misses` lists those whose article is not in the top 10 (grouped). */
export function evaluate(queries: readonly KnownItem[], search: Search, truth: Truth): Evaluation {
  const strict: Array<Scored & { kind: QueryKind }> = [];
  const grouped: Array<Scored & { kind: QueryKind }> = [];
  const misses: Evaluation['misses'] = [];
  let topicFilled = 0;
  let topicQueries = 0;
  for (const item of queries) {
    const got = search(item.q).slice(0, 10);
    let s: number | null;
    let g: number | null;
    if (item.kind === 'topicId' && item.topic) {
      const topic = item.topic;
      s = g = rankOf(got, (f) => truth.hasTopic(f, topic));
      const want = Math.min(10, truth.topicSize(topic));
      topicQueries++;
      if (got.length >= want && got.slice(0, want).every((f) => truth.hasTopic(f, topic))) topicFilled++;
    } else if (item.kind === 'articleId') {
      const id = truth.articleId(item.file).toLowerCase();
      s = g = rankOf(got, (f) => truth.articleId(f).toLowerCase() === id);
    } else {
      const title = titleKey(truth.title(item.file));
      s = rankOf(got, (f) => f === item.file);
      g = rankOf(got, (f) => f === item.file || titleKey(truth.title(f)) === title);
    }
    strict.push({ kind: item.kind, rank: s });
    grouped.push({ kind: item.kind, rank: g });
    if (g === null) misses.push({ kind: item.kind, q: item.q, file: item.file, got: got.slice(0, 3) });
  }
  const kinds = [...new Set(queries.map((q) => q.kind))];
  const byKind = Object.fromEntries(
    kinds.map((k) => [k, { strict: metrics(strict.filter((s) => s.kind === k)), grouped: metrics(grouped.filter((s) => s.kind === k)) }]),
  ) as Evaluation['byKind'];
  return { strict: metrics(strict), grouped: metrics(grouped), byKind, topicFilled, topicQueries, misses };
}
