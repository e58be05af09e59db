/** `/insights?ownershipId=…&cloud=…`: content health for the teams that own articles (feedback, coverage, lint, searches). */
import type { Metadata } from 'next';
import { InsightsFilters } from '@/components/InsightsFilters/InsightsFilters';
import { InsightsTable } from '@/components/InsightsTable/InsightsTable';
import { getCatalog } from '@/lib/catalog/server';
import { filterQuery, parseInsightsFilters } from '@/lib/insights/filters';
import { buildTable, TABLE_NAMES } from '@/lib/insights/tables';
import { getStore } from '@/lib/store/server';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Content health' };

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters, errors } = parseInsightsFilters(await searchParams);
  const catalog = await getCatalog();
  const ctx = { catalog, store: getStore(), filters };
  const tables = await Promise.all(TABLE_NAMES.map((name) => buildTable(name, ctx)));
  const owners = [
    ...new Set(
      catalog
        .all()
        .map((m) => m.ownershipId ?? '')
        .filter(Boolean),
    ),
  ].sort();
  const query = filterQuery(filters);
  return (
    <div className={styles.page}>
      <p className={styles.lead}>Reader feedback, coverage holes, lint findings and unanswered searches, for the teams that own articles.</p>
      <InsightsFilters filters={filters} owners={owners} />
      {errors.map((e) => (
        <p key={e.param} className={styles.error} role="alert">{`${e.param}: ${e.message}`}</p>
      ))}
      {tables.map((table) => table && <InsightsTable key={table.name} table={table} query={query} />)}
    </div>
  );
}
