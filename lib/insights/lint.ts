/**
 * The lint histogram per owning team from metadata only (lib/lint/metadata.ts: no body parse). Linting every
 * article is done once per catalog state and reused until an article changes. The rules read the attribute list,
 * which the catalog does not keep: `readFull` reads each file's properties block again.
 */
import type { ArticleMeta, CatalogMeta } from '../content/model';
import { lintMetadata } from '../lint/metadata';
import { type InsightsFilters, ownedBy } from './filters';

interface Counted {
  metas: readonly CatalogMeta[];
  /** Per article (same order): `ruleId\tseverity` → count. */
  counts: Map<string, number>[];
}

let memo: Counted | null = null;

/** The whole metadata of a catalog article (its file read again), or null when it is gone. */
export type ReadFullMeta = (meta: CatalogMeta) => ArticleMeta | null;

function countAll(all: readonly CatalogMeta[], readFull: ReadFullMeta): Counted {
  // The catalog hands out the same meta objects until a file changes, so identity tells whether to lint again.
  if (memo && memo.metas.length === all.length && memo.metas.every((m, i) => m === all[i])) return memo;
  const counts = all.map((meta) => {
    const c = new Map<string, number>();
    const full = readFull(meta);
    if (!full) return c;
    for (const d of lintMetadata(full, all)) c.set(`${d.ruleId}\t${d.severity}`, (c.get(`${d.ruleId}\t${d.severity}`) ?? 0) + 1);
    return c;
  });
  memo = { metas: [...all], counts };
  return memo;
}

/** Rows `{ownershipId, ruleId, severity, count, articles}` for the articles the filters select. */
export function lintHistogram(all: readonly CatalogMeta[], filters: InsightsFilters, readFull: ReadFullMeta) {
  const { metas, counts } = countAll(all, readFull);
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
