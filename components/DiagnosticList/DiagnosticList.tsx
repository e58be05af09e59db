/**
 * Diagnostics of the text being edited, each a button that takes the author to its `line:col`. Rendered inside
 * the preview workbench (a client component), so it needs no directive of its own.
 */
import type { Diagnostic } from '@/lib/content/diagnostics';
import { count } from '@/lib/render/humanize';
import { Backticked } from '../Backticked/Backticked';
import { SeverityBadge } from '../SeverityBadge/SeverityBadge';
import styles from './DiagnosticList.module.css';

export interface DiagnosticListProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (diagnostic: Diagnostic) => void;
}

export function DiagnosticList({ diagnostics, onSelect }: DiagnosticListProps) {
  const of = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return (
    <section aria-labelledby="diagnostics-heading" className={styles.root}>
      <h2 id="diagnostics-heading" className={styles.heading}>
        Diagnostics{' '}
        <span className={styles.counts}>
          {count(of('error'), 'error')}, {count(of('warning'), 'warning')}, {count(of('info'), 'note')}
        </span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className={styles.none}>No problems found.</p>
      ) : (
        <ul className={styles.list}>
          {diagnostics.map((d, i) => (
            <li key={`${d.line}:${d.column}:${d.ruleId}:${i}`}>
              <button type="button" className={styles.item} onClick={() => onSelect(d)}>
                <code className={styles.place}>
                  {d.line}:{d.column}
                </code>
                <SeverityBadge severity={d.severity} />
                <span className={styles.message}>
                  <Backticked text={d.message} />
                </span>
                <code className={styles.rule}>{d.ruleId}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
