/**
 * Diagnostics as a table: place, severity, message, rule. Words never break inside (severity and places stay whole;
 * only long code such as paths may wrap anywhere). On a phone each row becomes a small card (CSS only); anything still
 * too wide scrolls inside the table's own box, never the page. Server component.
 */
import type { Diagnostic } from '@/lib/content/diagnostics';
import { Backticked } from '../Backticked/Backticked';
import { SeverityBadge } from '../SeverityBadge/SeverityBadge';
import styles from './DiagnosticsTable.module.css';

export interface DiagnosticsTableProps {
  diagnostics: readonly Diagnostic[];
  /** Names the table for screen readers (it sits under a visible heading). */
  caption: string;
  /** The one file of every diagnostic: places then show `line:col` only. */
  file?: string;
}

export function DiagnosticsTable({ diagnostics, caption, file }: DiagnosticsTableProps) {
  // Places within one file are short and stay whole; places naming files may wrap inside the path.
  const place = file ? styles.place : styles.placeWide;
  return (
    <div className={styles.scroller}>
      <table className={styles.table} role="table">
        <caption className={styles.caption}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" className={place}>
              {file ? 'Line' : 'Place'}
            </th>
            <th scope="col" role="columnheader" className={styles.severity}>
              Severity
            </th>
            <th scope="col" role="columnheader">
              Message
            </th>
            <th scope="col" role="columnheader" className={styles.rule}>
              Rule
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {diagnostics.map((d, i) => (
            <tr key={i} role="row">
              <td role="cell" className={place}>
                <code>{d.file === file ? `${d.line}:${d.column}` : `${d.file}:${d.line}:${d.column}`}</code>
              </td>
              <td role="cell" className={styles.severity}>
                <SeverityBadge severity={d.severity} />
              </td>
              <td role="cell" className={styles.message}>
                <Backticked text={d.message} />
              </td>
              <td role="cell" className={styles.rule}>
                <code>{d.ruleId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
