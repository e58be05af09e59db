/**
 * A Fluent-looking badge drawn with CSS over the theme tokens (no component runtime). `filled` marks the selected
 * or strongest state; `tint` and `outline` are the quieter ones. Every pair is readable in all three themes.
 */
import type { ReactNode } from 'react';
import styles from './Badge.module.css';

export interface BadgeProps {
  children: ReactNode;
  appearance?: 'filled' | 'tint' | 'outline';
  color?: 'brand' | 'informative' | 'subtle' | 'warning' | 'danger' | 'success';
  title?: string;
}

export function Badge({ children, appearance = 'tint', color = 'informative', title }: BadgeProps) {
  return (
    <span className={`${styles.badge} ${styles[appearance]} ${styles[color]}`} title={title}>
      {children}
    </span>
  );
}
