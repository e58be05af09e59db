/**
 * The portal's top bar: the menu button (phones and small windows), the product name, a search box that searches
 * self-help articles, and the theme chooser. Server component; the menu opens with the HTML popover API.
 */

import { SITE_MENU_ID } from '../Blade/nav';
import { Icon } from '../Icon/Icon';
import { ThemeSwitch } from '../ThemeSwitch/ThemeSwitch';
import type { ThemePreference } from '../ThemeSwitch/theme';
import styles from './TopBar.module.css';

export function TopBar({ theme }: { theme: ThemePreference }) {
  return (
    <header className={styles.bar} data-print="hide">
      <button type="button" popoverTarget={SITE_MENU_ID} className={styles.menuButton} aria-label="Menu">
        <Icon name="navigation" />
      </button>
      <a href="/" className={styles.brand}>
        Microsoft Azure
      </a>
      <form method="get" action="/" role="search" className={styles.search} aria-label="Search self-help articles">
        <Icon name="search" className={styles.searchIcon} />
        <input type="search" name="q" aria-label="Search self-help articles" placeholder="Search self-help articles" className={styles.searchInput} />
      </form>
      <ThemeSwitch current={theme} />
    </header>
  );
}
