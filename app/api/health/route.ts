/**
 * GET /api/health → `{ status: "ok", articles, failures, generation, database: {state, dialect, reason?} }` once the
 * catalog has loaded (liveness). Always 200 while the app can serve pages: a database that is down is reported, not fatal.
 */
import { catalogGeneration, getCatalog } from '@/lib/catalog/server';
import { getStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const [catalog, database] = await Promise.all([getCatalog(), getStore().check()]);
  return Response.json({ status: 'ok', articles: catalog.size, failures: catalog.failures().length, generation: catalogGeneration(), database });
}
