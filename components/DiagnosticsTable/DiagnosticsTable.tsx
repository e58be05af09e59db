/** Diagnostics of one or more files as a table: place (file:line:col), severity, message, rule. Server. */
import { Badge } from '@fluentui/react-components';
import type { Diagnostic } from '@/lib/content/diagnostics';
import { Backticked } from '../Backticked/Backticked';
import styles from './DiagnosticsTable.module.css';

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export function DiagnosticsTable({ diagnostics, caption }: { diagnostics: readonly Diagnostic[]; caption: string }) {
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Severity</th>
          <th scope="col">Message</th>
          <th scope="col">Rule</th>
        </tr>
      </thead>
      <tbody>
        {diagnostics.map((d, i) => (
          <tr key={i}>
            <td>
              <code>
                {d.file}:{d.line}:{d.column}
              </code>
            </td>
            <td>
              <Badge appearance="tint" color={COLOR[d.severity]}>
                {d.severity}
              </Badge>
            </td>
            <td>
              <Backticked text={d.message} />
            </td>
            <td>
              <code>{d.ruleId}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
