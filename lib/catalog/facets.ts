/**
 * Standard faceting: the count for a facet value is taken over the articles matching every filter except that
 * facet's own, so picking a topic still shows how many articles the other topics would add (OR within a facet).
 * Selected values are always listed, with their true counts (0 when nothing has them). The index supplies the
 * rows (from its query cache) and the labels; this module only counts and marks.
 */
import { CLOUD_IDS } from '../clouds';
import { FACET_NAMES, type FacetName } from './filters';
import type { ValueLabel } from './labels';

export interface FacetCount {
  value: string;
  count: number;
  /** True when the current filters select this value. */
  selected?: boolean;
  /** Topic and product names, and where they came from. */
  label?: string;
  labelSource?: ValueLabel['labelSource'];
}

/** Per facet, the values with their counts; clouds always list all six (zeros included), others present and selected values. */
export type Facets = Record<FacetName, FacetCount[]>;

/** What faceting needs of an article: its values per facet, in FACET_NAMES order (service case-folded). */
export interface FacetRow {
  values: readonly (readonly string[])[];
}

/** How the index presents a facet's values: display spelling (services) and labels (topics, products). */
export interface FacetDisplay {
  display(name: FacetName, value: string): string;
  label(name: FacetName, value: string): ValueLabel | undefined;
}

/**
 * Counts one facet's values over `rows`, which the caller has filtered by every filter except this facet's own.
 * `selected` are the facet's current (folded) values. Sorted by count, then value; clouds keep canonical order.
 */
export function countFacet(rows: readonly FacetRow[], name: FacetName, selected: readonly string[], how?: FacetDisplay): FacetCount[] {
  const dim = FACET_NAMES.indexOf(name);
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of row.values[dim] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
  // A selected value nothing has keeps a row, so it can be seen and cleared.
  for (const v of selected) if (!counts.has(v)) counts.set(v, 0);
  const values = name === 'cloud' ? CLOUD_IDS.map((v): [string, number] => [v, counts.get(v) ?? 0]) : [...counts];
  const out = values.map(([value, count]) => {
    const c: FacetCount = { value: how?.display(name, value) ?? value, count };
    if (selected.includes(value)) c.selected = true;
    const label = how?.label(name, value);
    if (label) Object.assign(c, label);
    return c;
  });
  // Every cloud is listed in canonical order, even at zero, so a cloud picker keeps a stable shape.
  if (name === 'cloud') return out;
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** The first `max` values, plus every selected value beyond them (in order), and how many others were left out. */
export function topValues(values: readonly FacetCount[], max: number): { values: FacetCount[]; more: number } {
  const out = values.filter((v, i) => i < max || v.selected);
  return { values: out, more: values.length - out.length };
}
