/** POST /api/search-log/click `{q, articleId, cloud?, supportTopicId?}` (navigator.sendBeacon) → 204. */
import { handleClick } from '@/lib/feedback/queries';
import { feedbackDeps } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleClick(request, feedbackDeps());
}
