/** GET /api/metrics → the process's Prometheus metrics (text exposition format), for a scraper. */
import { metrics } from '@/lib/ops/metrics';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const body = await metrics.registry.metrics();
  return new Response(body, { headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' } });
}
