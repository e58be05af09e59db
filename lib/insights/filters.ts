/** `/insights` filters as they travel in the URL: `ownershipId` (exact, case-insensitive) and `cloud`. Pure. */
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';

export interface InsightsFilters {
  ownershipId?: string;
  cloud?: CloudId;
}

export interface InsightsFilterError {
  param: string;
  message: string;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, name: string): string | undefined {
  const raw = params instanceof URLSearchParams ? params.get(name) : params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** Validates the filters; an invalid value is left out and reported. */
export function parseInsightsFilters(params: Params): { filters: InsightsFilters; errors: InsightsFilterError[] } {
  const filters: InsightsFilters = {};
  const errors: InsightsFilterError[] = [];
  const owner = first(params, 'ownershipId');
  if (owner && owner.length > 200) errors.push({ param: 'ownershipId', message: 'Expected at most 200 characters' });
  else if (owner) filters.ownershipId = owner;
  const cloud = first(params, 'cloud');
  if (cloud) {
    const id = toCloudId(cloud);
    if (id) filters.cloud = id;
    else errors.push({ param: 'cloud', message: `Unknown cloud \`${cloud}\`, expected one of ${CLOUD_IDS.map((c) => `\`${c}\``).join(', ')}` });
  }
  return { filters, errors };
}

/** The filters as a query string (for export links), `''` when none. */
export function filterQuery(filters: InsightsFilters): string {
  const params = new URLSearchParams();
  if (filters.ownershipId) params.set('ownershipId', filters.ownershipId);
  if (filters.cloud) params.set('cloud', filters.cloud);
  return params.toString();
}

/** Whether an article's owner matches the filter (ownership ids compare case-insensitively). */
export function ownedBy(ownershipId: string | null, filters: InsightsFilters): boolean {
  return !filters.ownershipId || (ownershipId ?? '').toLowerCase() === filters.ownershipId.toLowerCase();
}
