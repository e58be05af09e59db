/**
 * What the relevance suites share: the real corpus loaded once into a catalog with its ranked index, the truth
 * that scoring needs, and the two baselines measured on the same queries (MiniSearch with its defaults over the
 * same fields, and the substring scan the catalog answers with while the index builds).
 */
import path from 'node:path';
import MiniSearch from 'minisearch';
import { Catalog } from '@/lib/catalog/catalog';
import type { ResultItem } from '@/lib/catalog/indexes';
import { SEARCH_FIELDS } from '@/lib/search/engine';
import { requireCorpus } from './corpus';
import type { Search, Truth } from './evaluate';
import type { KnownItem } from './known-items';

export interface Loaded {
  catalog: Catalog;
  items: ResultItem[];
  truth: Truth;
  /** The ranked search under test: top 10 files. */
  ours: Search;
}

/** Loads the corpus and waits for the ranked index. */
export async function loadCorpus(): Promise<Loaded> {
  const catalog = await Catalog.load(path.join(requireCorpus(), 'articles'));
  await catalog.searchReady();
  const items = catalog.query({ limit: 1_000_000, offset: 0 }).items;
  const byFile = new Map(items.map((i) => [i.meta.file, i]));
  const topicSize = new Map<string, number>();
  for (const i of items) for (const t of i.meta.supportTopicIds) topicSize.set(t, (topicSize.get(t) ?? 0) + 1);
  const truth: Truth = {
    title: (f) => byFile.get(f)?.title ?? '',
    articleId: (f) => byFile.get(f)?.meta.articleId ?? '',
    hasTopic: (f, t) => byFile.get(f)?.meta.supportTopicIds.includes(t) ?? false,
    topicSize: (t) => topicSize.get(t) ?? 0,
  };
  const ours: Search = (q) => catalog.query({ q, limit: 10, offset: 0 }).articles.map((a) => a.file);
  return { catalog, items, truth, ours };
}

/** The baselines, from a second catalog that keeps its scan text (no ranked index). */
export async function baselines(): Promise<{ scan: Search; defaults: Search; close(): void }> {
  const scanning = await Catalog.load(path.join(requireCorpus(), 'articles'), { search: false });
  const entries = scanning.query({ limit: 1_000_000, offset: 0 }).items.map((i) => i.meta.file);
  const mini = new MiniSearch({ fields: [...SEARCH_FIELDS] });
  mini.addAll(entries.map((file) => scanning.searchDocument(file)).filter((d) => d !== undefined));
  return {
    scan: (q) => scanning.query({ q, limit: 10, offset: 0 }).articles.map((a) => a.file),
    defaults: (q) =>
      mini
        .search(q)
        .slice(0, 10)
        .map((r) => String(r.id)),
    close: () => scanning.close(),
  };
}

/** Relevance-set rows (query → articleId) as known items, against the loaded catalog; throws on an unknown id. */
export function fromRelevanceSet(rows: readonly { kind: KnownItem['kind']; q: string; articleId: string }[], catalog: Catalog): KnownItem[] {
  return rows.map((r) => {
    const meta = catalog.byId(r.articleId)[0];
    if (!meta) throw new Error(`Relevance set: no article \`${r.articleId}\` in the corpus (query \`${r.q}\`)`);
    return { kind: r.kind, q: r.q, file: meta.file, ...(r.kind === 'topicId' ? { topic: r.q } : {}) };
  });
}
