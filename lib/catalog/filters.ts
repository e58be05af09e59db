/**
 * Catalog filters as they travel in URLs (`?supportTopicId=a&supportTopicId=b&sort=title`): `parseFilters` turns
 * search params into typed filters plus a list of per-parameter errors, so a page can show "unknown value" notes
 * and the API can answer 400 naming the parameter. Pure: pages, route handlers and tests share it.
 */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import { SELF_HELP_TYPES, type SelfHelpType } from '../content/model';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
const MAX_TEXT = 200;
/** At most this many values per facet in one query (each value is a posting list to merge). */
export const MAX_VALUES = 50;

/** Result orders: by relevance to `q`, by display title, or the portal's order (displayOrder, then title). */
export const SORTS = ['relevance', 'title', 'displayOrder'] as const;
export type SortOrder = (typeof SORTS)[number];

/**
 * What a catalog query selects. Facets take several values each: OR within a facet, AND across facets. Cloud is
 * the viewer's context, one value. Every field but limit/offset is optional.
 */
export interface Filters {
  cloud?: CloudId;
  supportTopicId?: string[];
  productPesId?: string[];
  service?: string[];
  type?: SelfHelpType[];
  /** Free text, whitespace collapsed. */
  q?: string;
  /** Absent: relevance when `q` is set, else the portal's order. */
  sort?: SortOrder;
  limit: number;
  offset: number;
}

/** The filter names that have facets, in display order (cloud first: a selector with counts). */
export const FACET_NAMES = ['cloud', 'supportTopicId', 'productPesId', 'service', 'type'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
/** The facets that take several values. */
export const MULTI_FACETS = ['supportTopicId', 'productPesId', 'service', 'type'] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];

export interface FilterError {
  /** The search parameter at fault, as named in the URL. */
  param: string;
  message: string;
}

/** Search params as Next hands them to pages (a record) or to route handlers (URLSearchParams). */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const TYPES = new Map<string, SelfHelpType>(SELF_HELP_TYPES.map((t) => [t, t]));
const SORT_BY_FOLDED = new Map<string, SortOrder>(SORTS.map((s) => [s.toLowerCase(), s]));
const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

// Every value of a parameter, blanks collapsed; empty values are "no filter" (HTML forms submit unselected fields).
function all(params: SearchParamsInput, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : params[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

// A single-valued parameter uses its first value, as URLSearchParams.get does.
const first = (params: SearchParamsInput, name: string): string | undefined => all(params, name)[0];

function parseInteger(raw: string, min: number, max: number): number | undefined {
  if (!/^\d{1,9}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

/** Validates search params into Filters. Never throws; invalid values are left out of `filters` and reported. */
export function parseFilters(params: SearchParamsInput): { filters: Filters; errors: FilterError[] } {
  const filters: Filters = { limit: DEFAULT_LIMIT, offset: 0 };
  const errors: FilterError[] = [];

  const cloud = first(params, 'cloud');
  if (cloud !== undefined) {
    const id = toCloudId(cloud);
    if (id) filters.cloud = id;
    else errors.push({ param: 'cloud', message: `Unknown cloud \`${cloud}\`, expected one of ${list(CLOUD_IDS)}` });
  }

  for (const name of MULTI_FACETS) {
    const values = parseValues(name, all(params, name), errors);
    if (values.length === 0) continue;
    if (name === 'type') filters.type = values.map((v) => TYPES.get(v.toLowerCase())).filter((t): t is SelfHelpType => t !== undefined);
    else filters[name] = values;
  }

  const q = first(params, 'q');
  if (q !== undefined) {
    if (q.length > MAX_TEXT) errors.push({ param: 'q', message: `\`q\` is ${q.length} characters long, expected at most ${MAX_TEXT}` });
    else filters.q = q;
  }

  const sort = first(params, 'sort');
  if (sort !== undefined) {
    const s = SORT_BY_FOLDED.get(sort.toLowerCase());
    if (s) filters.sort = s;
    else errors.push({ param: 'sort', message: `Unknown sort \`${sort}\`, expected one of ${list(SORTS)}` });
  }

  const limit = first(params, 'limit');
  if (limit !== undefined) {
    const n = parseInteger(limit, 1, MAX_LIMIT);
    if (n === undefined) errors.push({ param: 'limit', message: `Invalid limit \`${limit}\`, expected a whole number from 1 to ${MAX_LIMIT}` });
    else filters.limit = n;
  }

  const offset = first(params, 'offset');
  if (offset !== undefined) {
    const n = parseInteger(offset, 0, Number.MAX_SAFE_INTEGER);
    if (n === undefined) errors.push({ param: 'offset', message: `Invalid offset \`${offset}\`, expected a whole number of 0 or more` });
    else filters.offset = n;
  }

  return { filters, errors };
}

// Ids we have never seen are fine (they match nothing); only shapes no id can have are errors. Repeats are dropped.
function parseValues(param: MultiFacet, values: readonly string[], errors: FilterError[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (value.length > MAX_TEXT) {
      errors.push({ param, message: `\`${param}\` is ${value.length} characters long, expected at most ${MAX_TEXT}` });
    } else if (value.includes(',')) {
      errors.push({ param, message: `Expected one \`${param}\` per parameter (repeat it for several), found the list \`${value}\`` });
    } else if (param === 'type' && !TYPES.has(value.toLowerCase())) {
      errors.push({ param, message: `Unknown type \`${value}\`, expected one of ${list(SELF_HELP_TYPES)}` });
    } else if (!out.some((o) => o.toLowerCase() === value.toLowerCase())) {
      out.push(value);
    }
  }
  if (out.length > MAX_VALUES) {
    errors.push({ param, message: `${out.length} values of \`${param}\`, expected at most ${MAX_VALUES}` });
    return [];
  }
  return out;
}

/** The URL form of filters (defaults left out, facet values repeated), for links and pagination; inverse of parseFilters. */
export function filtersToSearchParams(filters: Partial<Filters>): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.cloud) out.set('cloud', filters.cloud);
  for (const name of MULTI_FACETS) for (const value of filters[name] ?? []) out.append(name, value);
  if (filters.q) out.set('q', filters.q);
  if (filters.sort) out.set('sort', filters.sort);
  if (filters.limit !== undefined && filters.limit !== DEFAULT_LIMIT) out.set('limit', String(filters.limit));
  if (filters.offset) out.set('offset', String(filters.offset));
  return out;
}
