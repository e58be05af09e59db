/**
 * Casting a vote: `POST /api/feedback` (JSON, answers 201 `{id, replaced}`) and the no-JavaScript form post
 * (answers 303 back to the article). Checks run cheapest first and nothing is stored unless all pass:
 * 413 size, 400 shape, 429 rate, 404 article, then the store (503 when it cannot answer).
 */
import { toCloudId } from '../clouds';
import type { CatalogMeta } from '../content/model';
import { articleHref } from '../routes/article';
import { isStoreUnavailable, type Store, saveVote } from '../store';
import { badRequest, json, parseJson, readBody } from './http';
import { fromForm, parseVote, type VoteBody } from './input';
import { clientOf, type RateLimiter } from './rateLimit';
import type { Outcome } from './reasons';
import { voterOf } from './voter';

/** What the feedback handlers need; tests pass their own store, catalog and limiter. */
export interface FeedbackDeps {
  store: Store;
  catalog: () => Promise<{ byId(articleId: string): CatalogMeta[] }>;
  limiter: RateLimiter;
}

type Accepted = { ok: true; id: string; replaced: boolean; vote: VoteBody; setCookie?: string };
type Rejected = { ok: false; status: number; field?: string; error: string; retryAfter?: number };

async function accept(request: Request, raw: unknown, deps: FeedbackDeps): Promise<Accepted | Rejected> {
  const parsed = parseVote(raw);
  if (!parsed.ok) return { ok: false, status: 400, field: parsed.field, error: parsed.message };
  const vote = parsed.value;
  const wait = deps.limiter.take(clientOf(request));
  if (wait > 0) return { ok: false, status: 429, error: `More than ${deps.limiter.limit} votes a minute`, retryAfter: wait };
  const metas = (await deps.catalog()).byId(vote.articleId);
  const meta = metas[0];
  if (!meta) return { ok: false, status: 404, field: 'articleId', error: `No article \`${vote.articleId}\`` };
  const { voterId, setCookie } = voterOf(request);
  const ownershipId = metas.find((m) => m.ownershipId)?.ownershipId ?? null;
  try {
    const saved = await deps.store.run((db) => saveVote(db, { ...vote, articleId: meta.articleId, ownershipId, voterId }));
    return { ok: true, ...saved, vote, setCookie };
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    return { ok: false, status: 503, error: `Feedback is unavailable: ${error.message}` };
  }
}

/** `POST /api/feedback` with a JSON body. */
export async function handleVote(request: Request, deps: FeedbackDeps): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const raw = parseJson(body.text);
  if (!raw.ok) return badRequest('body', 'Expected a JSON object');
  const result = await accept(request, raw.value, deps);
  if (!result.ok) {
    const headers: Record<string, string> = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {};
    return json({ error: result.error, ...(result.field ? { field: result.field } : {}) }, result.status, headers);
  }
  return json({ id: result.id, replaced: result.replaced }, 201, result.setCookie ? { 'Set-Cookie': result.setCookie } : {});
}

const OUTCOME_BY_STATUS: Record<number, Outcome> = { 400: 'invalid', 429: 'limited', 503: 'unavailable' };

/** The no-JavaScript form post: stores like the API, then 303 back to the article showing the next step. */
export async function handleFormVote(request: Request, deps: FeedbackDeps): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const form = new URLSearchParams(body.text);
  const articleId = form.get('articleId')?.trim();
  if (!articleId) return badRequest('articleId', 'Expected an article id');
  const result = await accept(request, fromForm(form), deps);
  if (!result.ok && result.status === 404) return json({ error: result.error, field: result.field }, 404);
  // The second form (reason, comment) says `step=details`: thanks follows even when both were left empty.
  const done = form.get('step') === 'details' || Boolean(result.ok && (result.vote.reason || result.vote.comment));
  const outcome: Outcome = result.ok ? (done ? 'thanks' : result.vote.helpful ? 'yes' : 'no') : (OUTCOME_BY_STATUS[result.status] ?? 'invalid');
  const cloud = toCloudId(String((result.ok ? result.vote.cloud : form.get('cloud')) ?? ''));
  // Back to the article (lib/routes builds its href), saying how the vote went.
  const back = new URL(articleHref(articleId, cloud), 'http://localhost');
  back.searchParams.set('feedback', outcome);
  const headers: Record<string, string> = { Location: `${back.pathname}${back.search}#feedback`, 'Cache-Control': 'no-store' };
  if (result.ok && result.setCookie) headers['Set-Cookie'] = result.setCookie;
  return new Response(null, { status: 303, headers });
}
