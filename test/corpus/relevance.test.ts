/**
 * The relevance set: 239 queries written by hand from ../shared/corpus (test/corpus/relevance.json: query →
 * articleId), of the kinds an engineer types: service + title words, a word in the other number, a typo, two
 * swapped letters, a pasted articleId, a pasted support topic id. Scored strictly (that article, not a twin).
 * Prints recall@10 and MRR for the ranked search and the two baselines; asserts floors for the ranked search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Evaluation, evaluate } from './evaluate';
import { baselines, fromRelevanceSet, type Loaded, loadCorpus } from './harness';
import { formatMetrics } from './metrics';
import rows from './relevance.json';

const RelevanceSet = z.array(
  z.object({ kind: z.enum(['service-title', 'other-number', 'typo', 'swap', 'articleId', 'topicId']), q: z.string().min(1), articleId: z.string().min(1) }),
);

function print(label: string, e: Evaluation): void {
  console.log(formatMetrics(label, e.strict));
  for (const [kind, m] of Object.entries(e.byKind)) console.log(formatMetrics(`  ${kind}`, m.strict));
}

describe('relevance set on the real corpus', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await loadCorpus();
  });
  afterAll(() => loaded?.catalog.close());

  it('finds the wanted article in the top 10 and near the top (recall@10 and MRR floors)', async () => {
    const queries = fromRelevanceSet(RelevanceSet.parse(rows), loaded.catalog);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const ours = evaluate(queries, loaded.ours, loaded.truth);
    print('[relevance] ranked', ours);
    for (const m of ours.misses) console.log(`  miss ${m.kind} \`${m.q}\` → ${m.got.join(', ')}`);
    const base = await baselines();
    try {
      print('[relevance] MiniSearch defaults', evaluate(queries, base.defaults, loaded.truth));
      print('[relevance] substring scan', evaluate(queries, base.scan, loaded.truth));
    } finally {
      base.close();
    }
    expect(ours.strict.recallAt10).toBeGreaterThanOrEqual(0.97);
    expect(ours.strict.mrr).toBeGreaterThanOrEqual(0.9);
    expect(ours.byKind.articleId.strict.first).toBe(1);
    expect(ours.topicFilled).toBe(ours.topicQueries);
  });

  it('ranks the Key Vault firewall article first for `keyvault firewall`', () => {
    expect(loaded.catalog.query({ q: 'keyvault firewall', limit: 10, offset: 0 }).articles[0]?.articleId).toBe('keyvault-keyvaultfirewall');
  });
});
