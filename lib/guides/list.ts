/**
 * The `/troubleshooters` list as it travels in the URL (`?cloud=&service=&q=`): parsed into a query with
 * per-parameter notes, applied to the guides (a cloud also narrows each guide to the nodes it offers there, so
 * counts are what a reader in that cloud walks), and the service choices. Pure.
 */
import type { CloudId } from '../content/model';
import { toCloudList } from '../content/schema';
import { type Guide, guideInCloud } from './model';

export interface GuideQuery {
  cloud?: CloudId;
  /** Compared case-insensitively. */
  service?: string;
  /** Words that must all appear in the title or service. */
  q?: string;
}

export interface QueryNote {
  param: string;
  message: string;
}

type Params = Record<string, string | string[] | undefined>;
const first = (params: Params, name: string) => {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, 200) : undefined;
};

/** Reads the list's search params; an unknown cloud is left out and noted. */
export function parseGuideQuery(params: Params): { query: GuideQuery; notes: QueryNote[] } {
  const query: GuideQuery = {};
  const notes: QueryNote[] = [];
  const cloud = first(params, 'cloud');
  if (cloud) {
    // The same reading of cloud names as content's `cloudEnvironments` (aliases and case included).
    const [id] = toCloudList(cloud);
    if (id) query.cloud = id;
    else notes.push({ param: 'cloud', message: `Unknown cloud \`${cloud}\`; showing every cloud` });
  }
  const service = first(params, 'service');
  if (service) query.service = service;
  const q = first(params, 'q');
  if (q) query.q = q;
  return { query, notes };
}

/** The guides a query selects, as seen in its cloud, in list order. */
export function filterGuides(guides: readonly Guide[], query: GuideQuery): Guide[] {
  const words = (query.q ?? '').toLowerCase().split(' ').filter(Boolean);
  const service = query.service?.toLowerCase();
  return guides
    .filter((g) => !query.cloud || g.clouds.includes(query.cloud))
    .filter((g) => !service || (g.service ?? '').toLowerCase() === service)
    .filter((g) => {
      const text = `${g.title} ${g.service ?? ''}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((g) => (query.cloud ? guideInCloud(g, query.cloud) : g));
}

/** Services of the guides (spelled as first seen, compared case-insensitively) with how many guides each has. */
export function guideServices(guides: readonly Guide[]): Array<{ value: string; count: number }> {
  const counts = new Map<string, { value: string; count: number }>();
  for (const g of guides) {
    if (!g.service) continue;
    const key = g.service.toLowerCase();
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value: g.service, count: 1 });
  }
  return [...counts.values()].sort((a, b) => a.value.localeCompare(b.value, 'en', { sensitivity: 'base' }));
}
