/**
 * Standard faceting: the count for a facet value is taken over the articles matching every filter except that
 * facet's own, so picking a cloud still shows how many articles the other clouds would give. The index supplies
 * those rows (from its query cache); this module only counts.
 */
import { CLOUD_IDS } from '../clouds';
import { FACET_NAMES, type FacetName } from './filters';

export interface FacetCount {
  value: string;
  count: number;
}

/** Per facet, the values with their counts; clouds always list all six (zeros included), others only present values. */
export type Facets = Record<FacetName, FacetCount[]>;

/** What faceting needs of an article: its values per facet, in FACET_NAMES order (service case-folded). */
export interface FacetRow {
  values: readonly (readonly string[])[];
}

/**
 * Counts one facet's values over `rows`, which the caller has filtered by every filter except this facet's own.
 * Sorted by count, then value; clouds keep canonical order and list every cloud.
 */
export function countFacet(rows: readonly FacetRow[], name: FacetName, display: (value: string) => string = (v) => v): FacetCount[] {
  const dim = FACET_NAMES.indexOf(name);
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of row.values[dim] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Every cloud is listed, even at zero, so a cloud picker keeps a stable shape.
  if (name === 'cloud') return CLOUD_IDS.map((value) => ({ value, count: counts.get(value) ?? 0 }));
  return [...counts]
    .map(([value, count]) => ({ value: display(value), count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
