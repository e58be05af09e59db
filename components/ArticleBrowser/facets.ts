/** Catalog facets + current filters → the pane's link groups. Pure, so the URL logic is unit-testable. */
import { type Filters, filtersToSearchParams } from '@/lib/catalog/filters';
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
const same = (name: FacetKey, a: string | undefined, b: string) =>
  a !== undefined && (name === 'service' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * Values listed per facet. The real corpus has thousands of support topics; listing every one made `/` a
 * 200 KB page that took seconds to render, so the rest are reached by typing the id (FilterPane's form).
 */
export const MAX_FACET_VALUES = 40;

/** One group per facet; each value links to the current filters with that value toggled, from the first page. */
export function facetGroups(facets: Facets, filters: Filters): FacetGroup[] {
  const base: Partial<Filters> = { ...filters, offset: 0 };
  return (Object.keys(LABELS) as FacetKey[]).map((name) => {
    const current = filters[name];
    const all = facets[name];
    const values = all.slice(0, MAX_FACET_VALUES).map(({ value, count }) => ({ value, count }));
    // A filter that matches nothing has no facet row; keep it visible so it can be cleared.
    if (current !== undefined && !values.some((v) => same(name, current, v.value))) values.unshift({ value: current, count: 0 });
    // The other filters, for the "type a value" form of long facets.
    const kept = Object.fromEntries(
      (Object.keys(LABELS) as FacetKey[]).filter((k) => k !== name && filters[k] !== undefined).map((k) => [k, String(filters[k])]),
    );
    return {
      name,
      label: LABELS[name],
      more: Math.max(0, all.length - MAX_FACET_VALUES),
      kept: filters.q ? { ...kept, q: filters.q } : kept,
      values: values.map(({ value, count }) => {
        const selected = same(name, current, value);
        return {
          value,
          count,
          selected,
          label: valueLabel(name, value),
          href: browseHref({ ...base, [name]: selected ? undefined : value }),
        };
      }),
    };
  });
}
