/**
 * Search index benchmark, in process: the ranked index built from a corpus's catalog entries, its build time
 * and heap (measured with the documents held before and after, so only the index counts), the heap the scan's
 * text copies take (what is dropped once the index is ready), and query latency on known-item queries.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildEntry, createDetacher, toSearchDocument } from '../lib/catalog/entry';
import { readArticleFiles } from '../lib/catalog/files';
import type { CatalogEntry } from '../lib/catalog/indexes';
import { SearchIndex } from '../lib/search/engine';
import { queryWords } from '../lib/search/query';
import { quantile } from './stats';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

export interface SearchBench {
  articles: number;
  buildMs: number;
  indexHeapMb: number;
  textHeapMb: number;
  queryP50Ms: number;
  queryP99Ms: number;
}

/** Queries an engineer types, for the in-process latency figure (AND, then OR when nothing has all words). */
export const BENCH_QUERIES = [
  'keyvault firewall',
  'vm wont start',
  'boot diagnostics',
  'firewlal rules',
  'connecting storage account',
  'sql database connectivity',
  'backup failed',
  'azure ad sign in',
  'cosmos db throttling',
  'app service deployment',
  'certificate expired',
  'dns resolution',
  'kubernetes node not ready',
  'password reset',
  'billing invoice',
  'vpn gateway disconnect',
];

export async function benchSearch(dir: string): Promise<SearchBench> {
  const detach = createDetacher();
  const entries: CatalogEntry[] = [];
  for (const f of readArticleFiles(dir)) {
    const loaded = f.bytes ? buildEntry(f.file, f.bytes, detach) : null;
    if (loaded?.kind === 'article') entries.push(loaded.entry);
  }
  const docs = entries.map(toSearchDocument);
  const before = heapMb();
  const started = performance.now();
  const index = await SearchIndex.build(docs);
  const buildMs = performance.now() - started;
  const withIndex = heapMb();
  for (const e of entries) e.text = null;
  docs.length = 0;
  const textHeapMb = withIndex - heapMb();
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of BENCH_QUERIES) {
      const t = performance.now();
      const words = queryWords([q]);
      if (index.search(words, { combineWith: 'AND' }).length === 0) index.search(words, { combineWith: 'OR' });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { articles: index.size, buildMs, indexHeapMb: withIndex - before, textHeapMb, queryP50Ms: quantile(times, 0.5), queryP99Ms: quantile(times, 0.99) };
}

export function printSearch(r: SearchBench): void {
  console.log(`search index: ${r.articles} articles`);
  console.log(`  build ${(r.buildMs / 1000).toFixed(2)} s (in chunks, yielding between them), index heap ${r.indexHeapMb.toFixed(1)} MB`);
  console.log(`  scan text copies ${r.textHeapMb.toFixed(1)} MB (dropped once the index is ready)`);
  console.log(`  query in process p50 ${r.queryP50Ms.toFixed(1)} ms, p99 ${r.queryP99Ms.toFixed(1)} ms (${BENCH_QUERIES.length} queries × 5)`);
}
