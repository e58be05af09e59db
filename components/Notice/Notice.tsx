/**
 * A message bar in Fluent's look, drawn with CSS (no component runtime): an icon that names the intent, a title and
 * a body. Static notices get no live-region role; they are part of the page as it loads.
 */
import type { ReactNode } from 'react';
import { Icon, type IconName } from '../Icon/Icon';
import styles from './Notice.module.css';

export type NoticeIntent = 'info' | 'warning' | 'error' | 'success';

const ICONS: Record<NoticeIntent, { icon: IconName; label: string }> = {
  info: { icon: 'info', label: 'Information' },
  warning: { icon: 'warning', label: 'Warning' },
  error: { icon: 'error-circle', label: 'Error' },
  success: { icon: 'checkmark', label: 'Done' },
};

export interface NoticeProps {
  intent?: NoticeIntent;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

export function Notice({ intent = 'info', title, children, className }: NoticeProps) {
  const { icon, label } = ICONS[intent];
  return (
    <div className={`${styles.notice} ${styles[intent]}${className ? ` ${className}` : ''}`} data-intent={intent}>
      <Icon name={icon} label={label} className={styles.icon} />
      <div className={styles.body}>
        {title && <strong className={styles.title}>{title}</strong>}
        {children}
      </div>
    </div>
  );
}
