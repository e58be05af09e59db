/** POST /api/feedback `{articleId, helpful, reason?, comment?, cloud?}` → 201 `{id, replaced}`; 400/404/413/429/503 `{error, field?}`. */
import { feedbackDeps } from '@/lib/feedback/server';
import { handleVote } from '@/lib/feedback/vote';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleVote(request, feedbackDeps());
}
