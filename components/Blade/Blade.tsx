/**
 * A page in the portal's blade layout: the left menu, then the blade — breadcrumbs, header (title, subtitle, the
 * cloud in view, close), the command bar and the content. Every page draws one; the root layout adds the top bar.
 */
import type { ReactNode } from 'react';
import { Icon } from '../Icon/Icon';
import styles from './Blade.module.css';
import { CommandBar, type CommandBarProps } from './CommandBar';
import type { NavSection } from './nav';
import { SideMenu } from './SideMenu';

export interface Crumb {
  label: string;
  href?: string;
}

export interface BladeProps {
  /** The page's one H1. */
  title: ReactNode;
  /** Under the title, as the portal writes the blade's kind. */
  subtitle?: ReactNode;
  /** The left-menu item this page belongs to. */
  section?: NavSection;
  /** Trail above the title; "Help + support" is added first. */
  crumbs?: readonly Crumb[];
  /** Where Close goes (the page this blade was opened from); no Close button without it. */
  closeHref?: string;
  /** Shown at the end of the header: the cloud picker on pages rendered per cloud. */
  headerEnd?: ReactNode;
  /** Commands; no command bar without them. */
  commands?: CommandBarProps;
  /** Show the left menu (the 404 page leaves it out: it is serialized into every page as Next's not-found boundary). */
  menu?: boolean;
  children: ReactNode;
}

export function Blade({ title, subtitle = 'Help + support', section, crumbs = [], closeHref, headerEnd, commands, menu = true, children }: BladeProps) {
  const trail: Crumb[] = [{ label: 'Help + support', href: '/' }, ...crumbs];
  return (
    <div className={menu ? `${styles.shell} ${styles.withMenu}` : styles.shell}>
      {menu && <SideMenu current={section} />}
      <main id="main" className={styles.blade}>
        <nav aria-label="Breadcrumb" className={styles.crumbs} data-print="hide">
          <ol>
            {trail.map((c, i) => (
              <li key={`${i}-${c.label}`}>
                {c.href && i < trail.length - 1 ? (
                  <a href={c.href}>{c.label}</a>
                ) : (
                  <span aria-current={i === trail.length - 1 ? 'page' : undefined}>{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <header className={styles.header}>
          <div className={styles.heading}>
            <h1 className={styles.title}>{title}</h1>
            {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
          </div>
          <div className={styles.headerEnd}>
            {headerEnd}
            {closeHref && (
              <a href={closeHref} className={styles.close} aria-label="Close" title="Close" data-print="hide">
                <Icon name="dismiss" />
              </a>
            )}
          </div>
        </header>
        {commands && <CommandBar {...commands} />}
        <div className={styles.content}>{children}</div>
      </main>
    </div>
  );
}
