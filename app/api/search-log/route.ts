/** POST /api/search-log `{query}` (navigator.sendBeacon from `/`) → 204: counts a search for /insights. */
import { getCatalog } from '@/lib/catalog/server';
import { RateLimiter } from '@/lib/feedback/rateLimit';
import { handleSearch } from '@/lib/feedback/searches';
import { getStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

const KEY = Symbol.for('selfhelp.searchLog.limiter');
type Holder = { [KEY]?: RateLimiter };

export async function POST(request: Request): Promise<Response> {
  const holder = globalThis as Holder;
  // Its own budget, so searching never uses up a reader's feedback votes.
  holder[KEY] ??= new RateLimiter(60);
  return handleSearch(request, { store: getStore(), catalog: getCatalog, limiter: holder[KEY] });
}
