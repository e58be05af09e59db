/**
 * A vote as the API accepts it: zod validates JSON and form bodies alike, and the first issue names the field
 * at fault. The reason must be one of the fixed list for the answer given.
 */
import { z } from 'zod';
import { CLOUD_IDS, type CloudId, toCloudId } from '../clouds';
import { COMMENT_MAX, reasonsFor } from './reasons';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: `Expected at most ${max} characters` })
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null));

export const VoteBodySchema = z
  .strictObject({
    articleId: z.string().trim().min(1, { error: 'Expected an article id' }).max(200),
    helpful: z.boolean({ error: 'Expected `true` or `false`' }),
    reason: optionalText(100),
    comment: optionalText(COMMENT_MAX),
    cloud: z
      .string()
      .nullish()
      .transform((v, ctx): CloudId | null => {
        if (!v) return null;
        const id = toCloudId(v);
        if (!id) ctx.addIssue({ code: 'custom', message: `Unknown cloud \`${v}\`, expected one of ${CLOUD_IDS.join(', ')}` });
        return id ?? null;
      }),
  })
  .superRefine((vote, ctx) => {
    const allowed = reasonsFor(vote.helpful);
    if (vote.reason !== null && !allowed.includes(vote.reason)) {
      const answer = vote.helpful ? 'Yes' : 'No';
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `Unknown reason \`${vote.reason}\` for ${answer}, expected one of ${allowed.map((r) => `\`${r}\``).join(', ')}`,
      });
    }
  });

export type VoteBody = z.output<typeof VoteBodySchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** Validates a decoded body; on failure names the first field at fault (`body` when it is not an object). */
export function parseVote(raw: unknown): Parsed<VoteBody> {
  const result = VoteBodySchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const unknownKey = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = unknownKey ?? (issue?.path.length ? issue.path.join('.') : 'body');
  return { ok: false, field, message: issue?.message ?? 'Invalid body' };
}

/** The no-JavaScript form's fields as a vote body: `helpful` is `yes`/`no` there. */
export function fromForm(form: URLSearchParams): Record<string, unknown> {
  const helpful = form.get('helpful');
  return {
    articleId: form.get('articleId') ?? undefined,
    helpful: helpful === 'yes' ? true : helpful === 'no' ? false : helpful,
    reason: form.get('reason') || undefined,
    comment: form.get('comment') || undefined,
    cloud: form.get('cloud') || undefined,
  };
}
