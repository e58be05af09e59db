/**
 * `POST /api/search-log` `{query}` (navigator.sendBeacon from the browse page): counts a search with the number
 * of results the catalog gives for it. The browse page is served from the rendered-page cache, so the server
 * never renders a repeated search: the page reports each view. The count is computed here, never taken from the client.
 */
import { z } from 'zod';
import type { Filters } from '../catalog/filters';
import { parseFilters } from '../catalog/filters';
import type { Store } from '../store';
import { recordSearch } from '../store/server';
import { badRequest, json, parseJson, readBody } from './http';
import { clientOf, type RateLimiter } from './rateLimit';

export interface SearchLogDeps {
  store: Store;
  catalog: () => Promise<{ query(filters: Filters): { total: number } }>;
  limiter: RateLimiter;
}

const SearchSchema = z.strictObject({
  /** The browse page's query string (`q=…&cloud=…&supportTopicId=…`). */
  query: z.string().max(2000),
});

export async function handleSearch(request: Request, deps: SearchLogDeps): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const raw = parseJson(body.text);
  if (!raw.ok) return badRequest('body', 'Expected a JSON object');
  const parsed = SearchSchema.safeParse(raw.value);
  if (!parsed.success) return badRequest(parsed.error.issues[0]?.path.join('.') || 'query', parsed.error.issues[0]?.message ?? 'Invalid body');
  const { filters, errors } = parseFilters(new URLSearchParams(parsed.data.query));
  if (errors[0]) return badRequest(errors[0].param, errors[0].message);
  // Only first pages of a text search count: paging through one search is still one search.
  if (!filters.q || filters.offset > 0) return new Response(null, { status: 204 });
  const wait = deps.limiter.take(clientOf(request));
  if (wait > 0) return json({ error: `Too many searches; try again in ${wait} s` }, 429, { 'retry-after': String(wait) });
  const { total } = (await deps.catalog()).query({ ...filters, limit: 1, offset: 0 });
  recordSearch({ q: filters.q, cloud: filters.cloud, supportTopicId: filters.supportTopicId?.[0], total }, deps.store);
  return new Response(null, { status: 204 });
}
