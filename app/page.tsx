/** `/`: browse self-help articles. All state is in the URL (`?cloud=fairfax&supportTopicId=…&q=…`). */
import { ArticleBrowser } from '@/components/ArticleBrowser/ArticleBrowser';
import { parseFilters } from '@/lib/catalog/filters';
import { getCatalog } from '@/lib/catalog/server';
import { recordSearch } from '@/lib/store/server';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, errors } = parseFilters(await searchParams);
  const result = (await getCatalog()).query(filters);
  if (filters.q && filters.offset === 0) recordSearch({ q: filters.q, cloud: filters.cloud, supportTopicId: filters.supportTopicId?.[0], total: result.total });
  return <ArticleBrowser filters={filters} errors={errors} result={result} />;
}
