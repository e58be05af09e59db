/** A named RCA region (root cause, resolution, …) as a labelled block around its content. Server component. */
import type { ReactNode } from 'react';
import styles from './RegionBlock.module.css';

export interface RegionBlockProps {
  label: string;
  /** The region's name in content (`rcaDescription`, …). */
  name: string;
  /** False when the first heading inside already says the label ("Root cause" under "Root cause"). */
  showLabel?: boolean;
  children: ReactNode;
}

export function RegionBlock({ label, name, showLabel = true, children }: RegionBlockProps) {
  return (
    <section className={styles.region} aria-label={label} data-region={name}>
      {showLabel && (
        <p className={styles.label} aria-hidden="true">
          {label}
        </p>
      )}
      {children}
    </section>
  );
}
