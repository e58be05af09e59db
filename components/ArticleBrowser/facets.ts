/** Catalog facets + current filters → the pane's link groups. Pure, so the URL logic is unit-testable. */
import { type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
import { topValues } from '@/lib/catalog/facets';
import type { Facets } from '@/lib/catalog/indexes';
import { CLOUDS, isCloudId } from '@/lib/clouds';
import { SELF_HELP_TYPE_LABELS, type SelfHelpType } from '@/lib/content/model';
import type { FacetGroup } from '../FilterPane/FilterPane';

type FacetKey = keyof Facets;

const LABELS: Record<FacetKey, string> = {
  cloud: 'Cloud environment',
  supportTopicId: 'Support topic ID',
  productPesId: 'Product (PES ID)',
  service: 'Service',
  type: 'Self-help type',
};

function valueLabel(name: FacetKey, value: string): string {
  if (name === 'cloud' && isCloudId(value)) return CLOUDS[value].displayName;
  if (name === 'type') return SELF_HELP_TYPE_LABELS[value as SelfHelpType] ?? value;
  return value;
}

/** `/` with these filters (offset and limit left out unless given). */
export function browseHref(filters: Partial<Filters>): string {
  const query = filtersToSearchParams(filters).toString();
  return query ? `/?${query}` : '/';
}

// Services are matched case-insensitively by the catalog; the other facets are exact.
const same = (name: FacetKey, a: string, b: string) => (name === 'service' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** The selected values of a facet (cloud: its one value). */
const selectedOf = (filters: Filters, name: FacetKey): string[] => (name === 'cloud' ? (filters.cloud ? [filters.cloud] : []) : [...(filters[name] ?? [])]);

/** The filters with `value` toggled in facet `name` (cloud: set or cleared; others: added to or removed from the list). */
function toggled(filters: Partial<Filters>, name: FacetKey, value: string, selected: boolean): Partial<Filters> {
  if (name === 'cloud') return { ...filters, cloud: selected || !isCloudId(value) ? undefined : value };
  const current: string[] = [...(filters[name] ?? [])];
  const next = selected ? current.filter((v) => !same(name, v, value)) : [...current, value];
  return { ...filters, [name]: next };
}

/**
 * Values listed per facet. The real corpus has thousands of support topics; listing every one made `/` a
 * 200 KB page that took seconds to render, so the rest are reached by typing the id (FilterPane's form).
 * Selected values are always listed, with their counts.
 */
export const MAX_FACET_VALUES = 40;

/** One group per facet; each value links to the current filters with that value toggled, from the first page. */
export function facetGroups(facets: Facets, filters: Filters): FacetGroup[] {
  const base: Partial<Filters> = { ...filters, offset: 0 };
  return (Object.keys(LABELS) as FacetKey[]).map((name) => {
    const current = selectedOf(filters, name);
    const isSelected = (value: string) => current.some((c) => same(name, c, value));
    const all = facets[name].map((v) => ({ ...v, selected: v.selected ?? isSelected(v.value) }));
    // The catalog lists selected values itself; a facet list from elsewhere may not, and a selection must stay clearable.
    for (const c of current) if (!all.some((v) => same(name, c, v.value))) all.unshift({ value: c, count: 0, selected: true });
    const { values, more } = topValues(all, MAX_FACET_VALUES);
    // The other filters, for the "type a value" form of long facets.
    const others = filtersToSearchParams({ ...filters, [name]: undefined, limit: undefined, offset: 0 });
    return {
      name,
      label: LABELS[name],
      more,
      kept: [...others.entries()],
      values: values.map(({ value, count, selected }) => ({
        value,
        count,
        selected: selected === true,
        label: valueLabel(name, value),
        href: browseHref(toggled(base, name, value, selected === true)),
      })),
    };
  });
}
