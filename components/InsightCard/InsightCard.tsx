/**
 * The issueDescription of a diagnostic, RCA or service-health article as the portal's insight card: its title
 * (the H2 written just before it, tokens filled) over the description. Server component.
 */

import type { ReactNode } from 'react';
import { LightbulbRegular } from '../RichIcons/RichIcons';
import styles from './InsightCard.module.css';

export interface InsightCardProps {
  /** Unique on the page, for the heading id. */
  id: string;
  /** What kind of finding this is ("Diagnostic insight", "Root cause analysis", …). */
  label: string;
  title: string | null;
  children: ReactNode;
}

export function InsightCard({ id, label, title, children }: InsightCardProps) {
  return (
    <section className={styles.card} aria-labelledby={id} data-insight="">
      <div className={styles.head}>
        <LightbulbRegular className={styles.icon} aria-hidden="true" />
        <span className={styles.label}>{label}</span>
      </div>
      <h2 id={id} className={styles.title}>
        {title || label}
      </h2>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
