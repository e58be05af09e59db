/** GET /api/health → `{ status: "ok", articles, failures }` once the catalog has loaded. */
import { getCatalog } from '@/lib/catalog/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const catalog = await getCatalog();
  return Response.json({ status: 'ok', articles: catalog.size, failures: catalog.failures().length });
}
