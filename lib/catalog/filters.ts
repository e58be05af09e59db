/**
 * Catalog filters as they travel in URLs: `parseFilters` turns search params into typed filters plus a list of
 * per-parameter errors, so a page can show "unknown value" notes and the API can answer 400 naming the parameter.
 * Pure: pages, route handlers and tests share it.
 */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import { SELF_HELP_TYPES, type SelfHelpType } from '../content/model';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
const MAX_TEXT = 200;

/** What a catalog query selects; every field but limit/offset is optional and they combine with AND. */
export interface Filters {
  cloud?: CloudId;
  supportTopicId?: string;
  productPesId?: string;
  service?: string;
  type?: SelfHelpType;
  /** Free text, whitespace collapsed. */
  q?: string;
  limit: number;
  offset: number;
}

/** The filter names that have facets, in display order. */
export const FACET_NAMES = ['cloud', 'supportTopicId', 'productPesId', 'service', 'type'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FilterError {
  /** The search parameter at fault, as named in the URL. */
  param: string;
  message: string;
}

/** Search params as Next hands them to pages (a record) or to route handlers (URLSearchParams). */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const TYPES = new Map<string, SelfHelpType>(SELF_HELP_TYPES.map((t) => [t, t]));
const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');

// A repeated parameter uses its first value, as URLSearchParams.get does.
function first(params: SearchParamsInput, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  // An empty value is "no filter": HTML forms submit unselected fields that way.
  return trimmed ? trimmed : undefined;
}

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

  const type = first(params, 'type');
  if (type !== undefined) {
    const t = TYPES.get(type.toLowerCase());
    if (t) filters.type = t;
    else errors.push({ param: 'type', message: `Unknown type \`${type}\`, expected one of ${list(SELF_HELP_TYPES)}` });
  }

  // Ids we have never seen are fine (they match nothing); only shapes no id can have are errors.
  for (const param of ['supportTopicId', 'productPesId', 'service', 'q'] as const) {
    const value = first(params, param);
    if (value === undefined) continue;
    if (value.length > MAX_TEXT) {
      errors.push({ param, message: `\`${param}\` is ${value.length} characters long, expected at most ${MAX_TEXT}` });
    } else if (param !== 'q' && value.includes(',')) {
      errors.push({ param, message: `Expected one \`${param}\`, found the list \`${value}\`` });
    } else {
      filters[param] = value;
    }
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

/** The URL form of filters (defaults left out), for links and pagination; inverse of parseFilters. */
export function filtersToSearchParams(filters: Partial<Filters>): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of [...FACET_NAMES, 'q'] as const) {
    const value = filters[name];
    if (value) out.set(name, value);
  }
  if (filters.limit !== undefined && filters.limit !== DEFAULT_LIMIT) out.set('limit', String(filters.limit));
  if (filters.offset) out.set('offset', String(filters.offset));
  return out;
}
