/**
 * The theme chooser in the top bar: a popover of four buttons that POST the choice to /api/theme, which sets the
 * cookie and sends the reader back. Plain HTML (popover + form), so it works without JavaScript and ships none.
 */
import { Icon, type IconName } from '../Icon/Icon';
import styles from './ThemeSwitch.module.css';
import { THEME_FORM_PATH, type ThemePreference } from './theme';

const OPTIONS: Array<{ id: ThemePreference; label: string; icon: IconName }> = [
  { id: 'system', label: 'System theme', icon: 'desktop' },
  { id: 'light', label: 'Light theme', icon: 'weather-sunny' },
  { id: 'dark', label: 'Dark theme', icon: 'weather-moon' },
  { id: 'high-contrast', label: 'High contrast theme', icon: 'dark-theme' },
];

export function ThemeSwitch({ current }: { current: ThemePreference }) {
  const chosen = OPTIONS.find((o) => o.id === current) ?? OPTIONS[0];
  return (
    <div className={styles.root} data-print="hide">
      <button type="button" popoverTarget="theme-menu" className={styles.trigger} aria-label={`Theme: ${chosen?.label ?? ''}`} title="Theme">
        <Icon name={chosen?.icon ?? 'desktop'} />
      </button>
      <form id="theme-menu" popover="auto" method="post" action={THEME_FORM_PATH} className={styles.menu} aria-label="Theme">
        {OPTIONS.map((o) => (
          <button key={o.id} type="submit" name="theme" value={o.id} aria-pressed={o.id === current} className={styles.option}>
            <Icon name={o.icon} />
            <span>{o.label}</span>
          </button>
        ))}
      </form>
    </div>
  );
}
