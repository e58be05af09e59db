/** GET /api/health → `{ status: "ok", articles, failures, generation }` once the catalog has loaded (liveness). */
import { catalogGeneration, getCatalog } from '@/lib/catalog/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const catalog = await getCatalog();
  return Response.json({ status: 'ok', articles: catalog.size, failures: catalog.failures().length, generation: catalogGeneration() });
}
