/**
 * Generated known-item evaluation (the issue's done-when): thousands of corpus articles, each giving the queries
 * known-items.ts makes from its metadata with a seed the ranking was not tuned on. A text query counts when its
 * article, or one with the same display title, is found (`grouped`: the result list shows such twins as one
 * group); `strict` figures are printed too. Pasted articleIds must rank the article first, and pasted topic
 * ids must fill the top 10 (or all the topic has, when fewer) with the topic's articles. KNOWN_ITEM_BASELINES=1 also
 * prints the same figures for MiniSearch with its defaults and for the substring scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluate } from './evaluate';
import { baselines, type Loaded, loadCorpus } from './harness';
import { generate } from './known-items';
import { formatMetrics } from './metrics';

// Tuning used seeds 1, 3, 5, 7 and 11; this one is held out.
const SEED = Number(process.env.KNOWN_ITEM_SEED ?? 42);
const ARTICLES = Number(process.env.KNOWN_ITEM_ARTICLES ?? 1000);

function print(label: string, e: Evaluation): void {
  console.log(formatMetrics(`${label} grouped`, e.grouped));
  console.log(formatMetrics(`${label} strict`, e.strict));
  for (const [kind, m] of Object.entries(e.byKind))
    console.log(`${formatMetrics(`  ${kind}`, m.grouped)}  | strict recall@10 ${(m.strict.recallAt10 * 100).toFixed(1)}% MRR ${m.strict.mrr.toFixed(3)}`);
  console.log(`  topic ids filling the top 10: ${e.topicFilled}/${e.topicQueries}`);
}

describe('generated known-item queries on the real corpus', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await loadCorpus();
  });
  afterAll(() => loaded?.catalog.close());

  // The issue's done-when is top 10 ≥ 99% and MRR ≥ 0.95; the MRR floor asserted is what this ranking reaches on
  // these queries (0.952 grouped with seed 42 over 1,000 articles, recall@10 99.4%), rounded down to the done-when.
  it('finds known items: top 10 ≥ 99%, MRR floor, pasted articleIds first, topic ids fill the top 10', { timeout: 2_400_000 }, async () => {
    const queries = generate(loaded.items, ARTICLES, SEED);
    expect(queries.length).toBeGreaterThan(5 * 1000);
    const ours = evaluate(queries, loaded.ours, loaded.truth);
    print(`[known-item seed ${SEED}] ranked`, ours);
    for (const m of ours.misses.slice(0, 15)) console.log(`  miss ${m.kind} \`${m.q}\` (${m.file}) → ${m.got.join(', ')}`);
    // The baselines (MiniSearch with its defaults, the substring scan) cost twice the ranked run: printed on request.
    if (process.env.KNOWN_ITEM_BASELINES === '1') {
      const base = await baselines();
      try {
        print('[known-item] MiniSearch defaults', evaluate(queries, base.defaults, loaded.truth));
        print('[known-item] substring scan', evaluate(queries, base.scan, loaded.truth));
      } finally {
        base.close();
      }
    }
    console.log(`  done-when: top 10 ≥ 99% ${ours.grouped.recallAt10 >= 0.99 ? 'met' : 'NOT met'}, MRR ≥ 0.95 ${ours.grouped.mrr >= 0.95 ? 'met' : 'NOT met'}`);
    expect(ours.grouped.recallAt10).toBeGreaterThanOrEqual(0.99);
    expect(ours.grouped.mrr).toBeGreaterThanOrEqual(0.95);
    expect(ours.byKind.articleId.strict.first).toBe(1);
    expect(ours.byKind.topicId.strict.recallAt10).toBe(1);
    expect(ours.topicFilled).toBe(ours.topicQueries);
  });
});
