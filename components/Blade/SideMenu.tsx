/**
 * The blade's left menu. On wide windows it is a column beside the blade; below 1024 px it is a popover that the
 * top bar's menu button opens (HTML popover API: no script, light dismiss and Esc for free).
 */
import { Icon } from '../Icon/Icon';
import styles from './Blade.module.css';
import { NAV_ITEMS, type NavSection, SITE_MENU_ID } from './nav';

export function SideMenu({ current }: { current?: NavSection }) {
  return (
    <nav id={SITE_MENU_ID} popover="auto" className={styles.menu} aria-label="Help + support" data-print="hide">
      <p className={styles.menuTitle}>Help + support</p>
      <ul className={styles.menuList}>
        {NAV_ITEMS.map((item) => (
          <li key={item.id}>
            <a href={item.href} className={styles.menuItem} aria-current={item.id === current ? 'page' : undefined}>
              <Icon name={item.icon} className={styles.menuIcon} />
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
