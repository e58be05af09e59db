/**
 * GET /api/preview/file?path=<path under the content directory> → `{file, text, mtimeMs}`; the preview polls it to
 * follow saves. Development only (403 otherwise); `..`, absolute paths and escaping symlinks → 400/403.
 */
import { readPreviewFile } from '@/lib/preview/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const result = await readPreviewFile(new URL(request.url).searchParams.get('path') ?? '');
  if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
  return Response.json({ file: result.file, text: result.text, mtimeMs: result.mtimeMs }, { headers: { 'cache-control': 'no-store' } });
}
