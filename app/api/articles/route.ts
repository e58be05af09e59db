/**
 * GET /api/articles?cloud=&supportTopicId=&productPesId=&service=&type=&q=&sort=&limit=&offset=
 * Facet parameters repeat for several values (`supportTopicId=a&supportTopicId=b`: OR within, AND across).
 * → `{ total, offset, limit, sort, index, search?, articles, facets }`, each article with `displayTitle` and,
 * with `q`, `score`, `highlights` and `reason` (a pasted id); 400 `{ error, param, errors }` on a bad parameter.
 */
import { toApiArticle, toApiFacets } from '@/lib/catalog/api';
import { parseFilters } from '@/lib/catalog/filters';
import { getCatalog } from '@/lib/catalog/server';

// Content is read at run time from SELFHELP_CONTENT_DIR, so nothing here may be prerendered at build.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const { filters, errors } = parseFilters(new URL(request.url).searchParams);
  const [first] = errors;
  if (first) return Response.json({ error: first.message, param: first.param, errors }, { status: 400 });

  const catalog = await getCatalog();
  const result = catalog.query(filters);
  const highlights = result.search ? catalog.highlights(result.items) : [];
  return Response.json({
    total: result.total,
    offset: filters.offset,
    limit: filters.limit,
    sort: result.sort,
    index: catalog.indexState,
    ...(result.search ? { search: { allTerms: result.search.allTerms, hints: result.search.hints } } : {}),
    articles: result.items.map((item, i) => toApiArticle(item, highlights[i])),
    facets: toApiFacets(result.facets),
  });
}
