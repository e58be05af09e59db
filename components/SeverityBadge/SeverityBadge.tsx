/** A diagnostic's severity as a small tinted label that never breaks inside the word. Server-safe, no state. */
import type { Severity } from '@/lib/content/diagnostics';
import styles from './SeverityBadge.module.css';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`${styles.badge} ${styles[severity]}`}>{severity}</span>;
}
