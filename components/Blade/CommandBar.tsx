/**
 * The blade's command bar: links (Refresh, Feedback, page-specific ones) and the two commands that need the
 * browser (Copy link, Print), which come from a small client leaf.
 */
import { Icon, type IconName } from '../Icon/Icon';
import styles from './Blade.module.css';
import { BrowserCommands } from './BrowserCommands';

export interface CommandLink {
  label: string;
  href: string;
  icon: IconName;
}

export interface CommandBarProps {
  /** Link commands, in order; Refresh is usually the first. */
  links?: readonly CommandLink[];
  /** Offer Copy link and Print. */
  browser?: boolean;
}

export function CommandBar({ links = [], browser = true }: CommandBarProps) {
  return (
    <div role="toolbar" aria-label="Commands" className={styles.commands} data-print="hide">
      {links.map((c) => (
        <a key={c.label} href={c.href} className={styles.command}>
          <Icon name={c.icon} />
          {c.label}
        </a>
      ))}
      {browser && <BrowserCommands className={styles.command} />}
    </div>
  );
}
