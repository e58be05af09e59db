/**
 * The read side and the search-click beacon: `GET /api/feedback/summary`, `GET /api/feedback/state` (is
 * feedback available, for the widget) and `POST /api/search-log/click`.
 */
import { z } from 'zod';
import { toCloudId } from '../clouds';
import { type FeedbackFilter, isStoreUnavailable, summarize } from '../store';
import { recordSearchClick } from '../store/server';
import { badRequest, json, parseJson, readBody } from './http';
import type { FeedbackDeps } from './vote';

function unavailable(error: unknown): Response {
  if (!isStoreUnavailable(error)) throw error;
  return json({ error: `Feedback is unavailable: ${error.message}` }, 503);
}

/** `?articleId=…` or `?ownershipId=…` (exactly one), optional `cloud=` → `{votes, helpful, notHelpful, reasons}`. */
export async function handleSummary(request: Request, deps: Omit<FeedbackDeps, 'limiter'>): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const articleId = params.get('articleId')?.trim();
  const ownershipId = params.get('ownershipId')?.trim();
  if (articleId && ownershipId) return badRequest('ownershipId', 'Expected `articleId` or `ownershipId`, not both');
  if (!articleId && !ownershipId) return badRequest('articleId', 'Expected `articleId` or `ownershipId`');
  const filter: FeedbackFilter = {};
  const rawCloud = params.get('cloud');
  if (rawCloud) {
    const cloud = toCloudId(rawCloud);
    if (!cloud) return badRequest('cloud', `Unknown cloud \`${rawCloud}\``);
    filter.cloud = cloud;
  }
  if (articleId) {
    const meta = (await deps.catalog()).byId(articleId)[0];
    if (!meta) return json({ error: `No article \`${articleId}\``, field: 'articleId' }, 404);
    filter.articleId = meta.articleId;
  } else filter.ownershipId = ownershipId;
  try {
    return json(await deps.store.run((db) => summarize(db, filter)));
  } catch (error) {
    return unavailable(error);
  }
}

/** `GET /api/feedback/state` → `{available, reason?}`: whether the widget can take a vote now. */
export async function handleState(deps: Pick<FeedbackDeps, 'store'>): Promise<Response> {
  const status = await deps.store.check();
  return json({ available: status.state === 'ok', ...(status.reason ? { reason: status.reason } : {}) });
}

const ClickSchema = z.strictObject({
  q: z.string().trim().min(1).max(200),
  articleId: z.string().trim().min(1).max(200),
  cloud: z
    .string()
    .nullish()
    .refine((v) => !v || toCloudId(v), { error: 'Unknown cloud' }),
  supportTopicId: z.string().max(100).nullish(),
});

/** `POST /api/search-log/click` `{q, articleId, cloud?, supportTopicId?}` (a sendBeacon body) → 204. */
export async function handleClick(request: Request, deps: Omit<FeedbackDeps, 'limiter'>): Promise<Response> {
  const body = await readBody(request);
  if (!body.ok) return body.response;
  const raw = parseJson(body.text);
  if (!raw.ok) return badRequest('body', 'Expected a JSON object');
  const parsed = ClickSchema.safeParse(raw.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path.join('.');
    return badRequest(field || 'body', issue?.message ?? 'Invalid body');
  }
  const click = parsed.data;
  if (!(await deps.catalog()).byId(click.articleId)[0]) return json({ error: `No article \`${click.articleId}\``, field: 'articleId' }, 404);
  const cloud = click.cloud ? toCloudId(click.cloud) : undefined;
  try {
    await recordSearchClick({ q: click.q, cloud, supportTopicId: click.supportTopicId, articleId: click.articleId }, deps.store);
    return new Response(null, { status: 204 });
  } catch (error) {
    return unavailable(error);
  }
}
