/** `/troubleshooters?cloud=&service=&q=`: every troubleshooting guide, filtered by a GET form. */
import type { Metadata } from 'next';
import { GuideList } from '@/components/GuideList/GuideList';
import { getCatalog } from '@/lib/catalog/server';
import { filterGuides, guideServices, parseGuideQuery } from '@/lib/guides/list';

export const metadata: Metadata = { title: 'Troubleshooters' };
// The content directory is read at run time (SELFHELP_CONTENT_DIR), never at build time.
export const dynamic = 'force-dynamic';

export default async function TroubleshootersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, catalog] = await Promise.all([searchParams, getCatalog()]);
  const { guides } = catalog.guides();
  const { query, notes } = parseGuideQuery(params);
  return <GuideList guides={filterGuides(guides, query)} total={guides.length} services={guideServices(guides)} query={query} notes={notes} />;
}
