/** The portal-like top bar: product name, "Help + support", navigation and the theme switch. Server component. */
import Link from 'next/link';
import { ThemeSwitch } from '../ThemeSwitch/ThemeSwitch';
import type { ThemePreference } from '../ThemeSwitch/theme';
import styles from './AppHeader.module.css';

export function AppHeader({ theme }: { theme: ThemePreference }) {
  return (
    <header className={styles.bar}>
      <a className={styles.skip} href="#main">
        Skip to main content
      </a>
      <Link href="/" className={styles.brand}>
        Microsoft Azure
      </Link>
      <span className={styles.divider} aria-hidden="true" />
      <span className={styles.blade}>Help + support</span>
      <nav aria-label="Site" className={styles.nav}>
        <Link href="/">Self-help articles</Link>
        <Link href="/preview">Preview an article</Link>
        <Link href="/diagnostics">Content diagnostics</Link>
      </nav>
      <ThemeSwitch current={theme} />
    </header>
  );
}
