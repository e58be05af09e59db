'use client';
/**
 * Header theme switch. With JS the choice applies at once (attribute on <html> + cookie); without JS the same
 * buttons submit a form to a server action that sets the cookie, and the page comes back in the new theme.
 */
import { Button, makeStyles, mergeClasses, tokens, Tooltip } from '@fluentui/react-components';
import { DarkTheme20Regular, Desktop20Regular, WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { type MouseEvent, type ReactElement, useState } from 'react';
import { setThemeAction } from './actions';
import { THEME_COOKIE, THEME_COOKIE_MAX_AGE, type ThemePreference } from './theme';

const OPTIONS: Array<{ id: ThemePreference; label: string; icon: ReactElement }> = [
  { id: 'system', label: 'System theme', icon: <Desktop20Regular /> },
  { id: 'light', label: 'Light theme', icon: <WeatherSunny20Regular /> },
  { id: 'dark', label: 'Dark theme', icon: <WeatherMoon20Regular /> },
  { id: 'high-contrast', label: 'High contrast theme', icon: <DarkTheme20Regular /> },
];

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXXS, margin: 0 },
  // The header is brand-coloured, so the buttons use on-brand colours rather than the neutral defaults.
  button: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover },
    ':hover:active': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackgroundPressed,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForegroundOnBrand}`,
  },
});

export function ThemeSwitch({ current }: { current: ThemePreference }) {
  const styles = useStyles();
  const [theme, setTheme] = useState(current);

  function choose(event: MouseEvent, id: ThemePreference) {
    // The cookie is what the server reads on the next request; the attribute restyles this page now.
    event.preventDefault();
    document.cookie = `${THEME_COOKIE}=${id}; path=/; max-age=${THEME_COOKIE_MAX_AGE}; samesite=lax`;
    document.documentElement.dataset.theme = id;
    setTheme(id);
  }

  return (
    <form action={setThemeAction} className={styles.group} role="group" aria-label="Theme">
      {OPTIONS.map((o) => (
        // The name is on the button itself so it is there before hydration; the tooltip only shows it.
        <Tooltip key={o.id} content={o.label} relationship="inaccessible" withArrow>
          <Button
            type="submit"
            name="theme"
            value={o.id}
            appearance="transparent"
            icon={o.icon}
            aria-label={o.label}
            aria-pressed={theme === o.id}
            className={mergeClasses(styles.button, theme === o.id && styles.selected)}
            onClick={(e) => choose(e, o.id)}
          />
        </Tooltip>
      ))}
    </form>
  );
}
