/**
 * GET /api/articles?cloud=&supportTopicId=&productPesId=&service=&type=&q=&limit=&offset=
 * → `{ total, offset, limit, articles: ArticleSummary[] }`; 400 `{ error, param, errors }` on an invalid parameter.
 */
import { parseFilters } from '@/lib/catalog/filters';
import { getCatalog } from '@/lib/catalog/server';
import { toSummary } from '@/lib/catalog/summary';

// Content is read at run time from SELFHELP_CONTENT_DIR, so nothing here may be prerendered at build.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const { filters, errors } = parseFilters(new URL(request.url).searchParams);
  const [first] = errors;
  if (first) return Response.json({ error: first.message, param: first.param, errors }, { status: 400 });

  const catalog = await getCatalog();
  const { total, articles } = catalog.query(filters);
  return Response.json({ total, offset: filters.offset, limit: filters.limit, articles: articles.map(toSummary) });
}
