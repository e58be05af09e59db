/** Catalog facets + current filters → the pane's link groups, and the browse page's URLs. Pure and unit-tested. */

import { type FacetCount, topValues } from '@/lib/catalog/facets';
import { type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
import type { Facets } from '@/lib/catalog/indexes';
import { SELF_HELP_TYPE_LABELS, type SelfHelpType } from '@/lib/content/model';
import type { FacetGroup } from '../FilterPane/FilterPane';

/** Results per page on `/`: a help pane and a phone show a page of this size at once (the API's default is 50). */
export const BROWSE_LIMIT = 20;

/** The facets the pane shows: cloud is the viewer's context, chosen in the header, not a facet. */
const LABELS = {
  supportTopicId: 'Support topic',
  productPesId: 'Product',
  service: 'Service',
  type: 'Self-help type',
} as const;
type PaneFacet = keyof typeof LABELS;

/** `/` with these filters (the browse page size and the first page left out). */
export function browseHref(filters: Partial<Filters>): string {
  const query = filtersToSearchParams({ ...filters, limit: filters.limit === BROWSE_LIMIT ? undefined : filters.limit }).toString();
  return query ? `/?${query}` : '/';
}

// Services are matched case-insensitively by the catalog; the other facets are exact.
const same = (name: PaneFacet, a: string, b: string) => (name === 'service' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** The filters with `value` added to or removed from facet `name` (OR within a facet). */
function toggled(filters: Partial<Filters>, name: PaneFacet, value: string, selected: boolean): Partial<Filters> {
  const current: string[] = [...(filters[name] ?? [])];
  const next = selected ? current.filter((v) => !same(name, v, value)) : [...current, value];
  return { ...filters, [name]: next };
}

/** What a value shows: a type's name; a topic's or product's name with the id beside it; else the value. */
function describe(name: PaneFacet, v: FacetCount): { label: string; detail?: string } {
  if (name === 'type') return { label: SELF_HELP_TYPE_LABELS[v.value as SelfHelpType] ?? v.value };
  if (v.label === undefined) return { label: v.value };
  const source = v.labelSource === 'topic-description' ? 'named by its topic description' : 'name derived from its articles';
  return { label: v.label, detail: `${v.value} · ${source}` };
}

/**
 * Values listed per facet. The real corpus has thousands of support topics and products: the page lists the most
 * common and every selected one (with its true count), and a form takes any other value.
 */
export const PANE_VALUES = 6;

/** One group per pane facet; each value links to the current filters with that value toggled, from the first page. */
export function facetGroups(facets: Facets, filters: Filters): FacetGroup[] {
  const base: Partial<Filters> = { ...filters, offset: 0 };
  return (Object.keys(LABELS) as PaneFacet[]).map((name) => {
    const current = [...(filters[name] ?? [])];
    const isSelected = (value: string) => current.some((c) => same(name, c, value));
    const all = facets[name].map((v) => ({ ...v, selected: v.selected ?? isSelected(v.value) }));
    // A selection must stay visible and clearable even if the catalog did not list it.
    for (const c of current) if (!all.some((v) => same(name, c, v.value))) all.unshift({ value: c, count: 0, selected: true });
    const { values, more } = topValues(all, name === 'type' ? all.length : PANE_VALUES);
    const others = filtersToSearchParams({ ...filters, limit: undefined, offset: 0 });
    return {
      name,
      label: LABELS[name],
      more,
      kept: [...others.entries()],
      values: values.map((v) => ({
        value: v.value,
        count: v.count,
        selected: v.selected === true,
        ...describe(name, v),
        href: browseHref(toggled(base, name, v.value, v.selected === true)),
      })),
    };
  });
}
