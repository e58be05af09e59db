/** Theme preferences and their cookie: shared by the server layout, the server action and the switch. */

export const THEME_PREFERENCES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Cookie holding the reader's choice, so the server renders the right theme on the first byte (no flash). */
export const THEME_COOKIE = 'selfhelp-theme';
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** A cookie or form value → a preference; anything unknown means "follow the system". */
export function parseThemePreference(value: unknown): ThemePreference {
  return THEME_PREFERENCES.find((t) => t === value) ?? 'system';
}
