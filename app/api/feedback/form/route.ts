/** POST /api/feedback/form: the widget's no-JavaScript form; stores like /api/feedback, then 303 back to the article. */
import { feedbackDeps } from '@/lib/feedback/server';
import { handleFormVote } from '@/lib/feedback/vote';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleFormVote(request, feedbackDeps());
}
