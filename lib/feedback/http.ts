/** Request and response helpers of the feedback routes: a capped body read and JSON answers. */
import { MAX_BODY_BYTES } from './input';

export type Body = { ok: true; text: string } | { ok: false; response: Response };

/** JSON response with `Cache-Control: no-store` (answers depend on the database and the voter cookie). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/** 400 naming the field at fault. */
export function badRequest(field: string, message: string): Response {
  return json({ error: message, field }, 400);
}

/** Reads at most `max` bytes of body; larger bodies get 413 without being read to the end. */
export async function readBody(request: Request, max = MAX_BODY_BYTES): Promise<Body> {
  const tooLarge = () => ({ ok: false as const, response: json({ error: `Body larger than ${max} bytes` }, 413) });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > max) return tooLarge();
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

/** Parses JSON text; `undefined` when it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
