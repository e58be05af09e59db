/**
 * One content-health table: heading, what a row means, export links, and the rows in a container that scrolls
 * sideways on its own (never the page). Cells are rendered as React text, so comments can never become HTML.
 */
import type { Table } from '@/lib/insights/table';
import styles from './InsightsTable.module.css';

interface Props {
  table: Table;
  /** The page's filters as a query string, kept on the export links. */
  query: string;
  /** Rows shown on the page; the exports always hold every row. */
  limit?: number;
}

export function InsightsTable({ table, query, limit = 200 }: Props) {
  const href = (format: string) => `/api/insights/${table.name}?${new URLSearchParams([['format', format], ...new URLSearchParams(query)])}`;
  const shown = table.rows.slice(0, limit);
  const id = `table-${table.name}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        {table.title} <span className={styles.count}>({table.rows.length})</span>
      </h2>
      <p className={styles.description}>
        {table.description} Export: <a href={href('csv')}>CSV</a> · <a href={href('json')}>JSON</a>
      </p>
      {table.unavailable ? (
        <p className={styles.note}>{table.unavailable}</p>
      ) : table.rows.length === 0 ? (
        <p className={styles.note}>Nothing to show.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe: scrollable-region-focusable)
        <div className={styles.scroll} role="region" aria-label={table.title} tabIndex={0}>
          <table className={styles.table}>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((c) => (
                    <td key={c.key}>{row[c.key] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.rows.length > shown.length && (
        <p className={styles.note}>
          Showing {shown.length} of {table.rows.length} rows; the exports have all of them.
        </p>
      )}
    </section>
  );
}
