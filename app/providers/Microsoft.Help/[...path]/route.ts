/**
 * The Microsoft.Help-compatible API (lib/helpapi): `GET /providers/Microsoft.Help/discoverySolutions` and
 * `GET /providers/Microsoft.Help/selfHelp/{solutionId}`; scoped `/{scope}/providers/Microsoft.Help/…` paths are
 * rewritten here by next.config.ts.
 */
import { getCatalog } from '@/lib/catalog/server';
import { handleHelpRequest } from '@/lib/helpapi/route';

// Content is read at run time from SELFHELP_CONTENT_DIR, so nothing here may be prerendered at build.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const [{ path }, catalog] = await Promise.all([params, getCatalog()]);
  const { status, body } = await handleHelpRequest(catalog, path, new URL(request.url));
  return Response.json(body, { status });
}
