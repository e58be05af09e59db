/** GET /api/feedback/summary?articleId=…|ownershipId=…[&cloud=…] → `{votes, helpful, notHelpful, reasons}`. */
import { handleSummary } from '@/lib/feedback/queries';
import { feedbackDeps } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return handleSummary(request, feedbackDeps());
}
