/** GET /api/insights/<table>?format=csv|json&ownershipId=&cloud= → one `/insights` table, every row. */
import { getCatalog } from '@/lib/catalog/server';
import { parseInsightsFilters } from '@/lib/insights/filters';
import { toCsv, toJson } from '@/lib/insights/table';
import { buildTable, TABLE_NAMES } from '@/lib/insights/tables';
import { getStore } from '@/lib/store/server';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  const { table: name } = await params;
  const search = new URL(request.url).searchParams;
  const format = search.get('format') ?? 'json';
  if (format !== 'csv' && format !== 'json')
    return Response.json({ error: `Unknown format \`${format}\`, expected \`csv\` or \`json\``, param: 'format' }, { status: 400 });
  const { filters, errors } = parseInsightsFilters(search);
  const [first] = errors;
  if (first) return Response.json({ error: first.message, param: first.param }, { status: 400 });
  const table = await buildTable(name, { catalog: await getCatalog(), store: getStore(), filters });
  if (!table) return Response.json({ error: `Unknown table \`${name}\`, expected one of ${TABLE_NAMES.join(', ')}`, param: 'table' }, { status: 404 });
  if (format === 'json') return Response.json(toJson(table), { headers: { 'Cache-Control': 'no-store' } });
  return new Response(toCsv(table), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
}
