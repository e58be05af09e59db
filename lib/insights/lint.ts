/**
 * The lint histogram per owning team from metadata only (lib/lint/metadata.ts: no file read, no body parse).
 * Linting every article is done once per catalog state and reused until an article changes.
 */
import type { ArticleMeta } from '../content/model';
import { lintMetadata } from '../lint/metadata';
import { type InsightsFilters, ownedBy } from './filters';

interface Counted {
  metas: readonly ArticleMeta[];
  /** Per article (same order): `ruleId\tseverity` → count. */
  counts: Map<string, number>[];
}

let memo: Counted | null = null;

function countAll(all: readonly ArticleMeta[]): Counted {
  // The catalog hands out the same meta objects until a file changes, so identity tells whether to lint again.
  if (memo && memo.metas.length === all.length && memo.metas.every((m, i) => m === all[i])) return memo;
  const counts = all.map((meta) => {
    const c = new Map<string, number>();
    for (const d of lintMetadata(meta, all)) c.set(`${d.ruleId}\t${d.severity}`, (c.get(`${d.ruleId}\t${d.severity}`) ?? 0) + 1);
    return c;
  });
  memo = { metas: [...all], counts };
  return memo;
}

/** Rows `{ownershipId, ruleId, severity, count, articles}` for the articles the filters select. */
export function lintHistogram(all: readonly ArticleMeta[], filters: InsightsFilters) {
  const { metas, counts } = countAll(all);
  const rows = new Map<string, { ownershipId: string; ruleId: string; severity: string; count: number; articles: number }>();
  metas.forEach((meta, i) => {
    if (!ownedBy(meta.ownershipId, filters) || (filters.cloud && !meta.availableIn.includes(filters.cloud))) return;
    for (const [key, n] of counts[i] ?? []) {
      const [ruleId = '', severity = ''] = key.split('\t');
      const owner = meta.ownershipId ?? '';
      const rowKey = `${owner}\t${key}`;
      const row = rows.get(rowKey) ?? { ownershipId: owner, ruleId, severity, count: 0, articles: 0 };
      row.count += n;
      row.articles += 1;
      rows.set(rowKey, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.ownershipId.localeCompare(b.ownershipId) || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}
