/**
 * GET /api/ready → 200 `{ status: "ready", generation }` once the catalog has loaded; 503 before that and while
 * the server drains on SIGTERM, so a load balancer sends traffic only to instances that can answer it.
 */
import { catalogGeneration, currentCatalog, getCatalog } from '@/lib/catalog/server';
import { isDraining } from '@/lib/ops/bridge';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  const headers = { 'cache-control': 'no-store' };
  if (isDraining()) return Response.json({ status: 'draining' }, { status: 503, headers });
  const catalog = currentCatalog();
  if (!catalog) {
    // Starts the load if nothing has yet (e.g. a server without the instrumentation hook); never waits for it.
    getCatalog().catch(() => undefined);
    return Response.json({ status: 'loading' }, { status: 503, headers });
  }
  return Response.json({ status: 'ready', generation: catalogGeneration(), articles: catalog.size }, { headers });
}
