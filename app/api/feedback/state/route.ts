/** GET /api/feedback/state → `{available, reason?}`: the widget asks before offering a vote. */
import { handleState } from '@/lib/feedback/queries';
import { feedbackDeps } from '@/lib/feedback/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return handleState(feedbackDeps());
}
