/** A content-health table as the page, the CSV and the JSON export all see it: named columns, plain cells. */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
}

export interface Table {
  /** URL name (`/api/insights/<name>`). */
  name: string;
  title: string;
  /** One sentence: what a row means. */
  description: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Set when the table's data could not be read (the database is down); rows are then empty. */
  unavailable?: string;
}

/** RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are quoted
 * with a leading `'`: comments come from the public. */
export function toCsv(table: Table): string {
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ''));
  return stringify([header, ...rows], { escape_formulas: true, record_delimiter: 'windows' });
}

/** The JSON export: the table without its column labels' formatting concerns. */
export function toJson(table: Table) {
  return { name: table.name, title: table.title, columns: table.columns, rows: table.rows, ...(table.unavailable ? { unavailable: table.unavailable } : {}) };
}

/** `a ×2, b ×1` from a count map, most first. */
export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
}
