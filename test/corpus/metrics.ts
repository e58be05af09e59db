/** Retrieval metrics for known-item queries: recall@10 (the wanted article in the top 10) and MRR@10. */

export interface Scored {
  /** 1-based rank of the first acceptable result within the top `depth`, or null. */
  rank: number | null;
}

export interface Metrics {
  queries: number;
  recallAt10: number;
  mrr: number;
  /** Share of queries whose wanted article is first. */
  first: number;
}

/** The 1-based rank of the first result `ok` accepts among the first `depth`, or null. */
export function rankOf<T>(results: readonly T[], ok: (r: T) => boolean, depth = 10): number | null {
  const i = results.slice(0, depth).findIndex(ok);
  return i === -1 ? null : i + 1;
}

export function metrics(scored: readonly Scored[]): Metrics {
  const n = scored.length || 1;
  return {
    queries: scored.length,
    recallAt10: scored.filter((s) => s.rank !== null && s.rank <= 10).length / n,
    mrr: scored.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / n,
    first: scored.filter((s) => s.rank === 1).length / n,
  };
}

/** One line: `label  n=…  recall@10 …%  MRR …  first …%`. */
export function formatMetrics(label: string, m: Metrics): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${label.padEnd(28)} n=${String(m.queries).padStart(5)}  recall@10 ${pct(m.recallAt10).padStart(6)}  MRR ${m.mrr.toFixed(3)}  first ${pct(m.first).padStart(6)}`;
}
