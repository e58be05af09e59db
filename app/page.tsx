/** `/`: browse and search self-help articles. All state is in the URL (`?cloud=fairfax&supportTopicId=…&q=…`). */
import { ArticleBrowser } from '@/components/ArticleBrowser/ArticleBrowser';
import { BROWSE_LIMIT } from '@/components/ArticleBrowser/facets';
import { parseFilters } from '@/lib/catalog/filters';
import { getCatalog } from '@/lib/catalog/server';
import { firstParam } from '@/lib/routes/params';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { filters, errors } = parseFilters(params);
  if (firstParam(params, 'limit') === undefined) filters.limit = BROWSE_LIMIT;
  const catalog = await getCatalog();
  const result = catalog.query(filters);
  const highlights = catalog.highlights(result.items);
  return (
    <ArticleBrowser filters={filters} errors={errors} result={result} highlights={highlights} labelOf={(name, value) => catalog.valueLabel(name, value)} />
  );
}
