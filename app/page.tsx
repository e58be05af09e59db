/** `/`: browse self-help articles. All state is in the URL (`?cloud=fairfax&supportTopicId=…&q=…`). */
import { ArticleBrowser } from '@/components/ArticleBrowser/ArticleBrowser';
import { parseFilters } from '@/lib/catalog/filters';
import { getCatalog } from '@/lib/catalog/server';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, errors } = parseFilters(await searchParams);
  const result = (await getCatalog()).query(filters);
  return <ArticleBrowser filters={filters} errors={errors} result={result} />;
}
