/** Theme preferences and their cookie: shared by the server layout, the theme route and the switch. */

export const THEME_PREFERENCES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Cookie holding the reader's choice, so the server renders the right theme on the first byte (no flash). */
export const THEME_COOKIE = 'selfhelp-theme';
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Where the switch posts its form (app/api/theme/route.ts). */
export const THEME_FORM_PATH = '/api/theme';

/** A cookie or form value → a preference; anything unknown means "follow the system". */
export function parseThemePreference(value: unknown): ThemePreference {
  return THEME_PREFERENCES.find((t) => t === value) ?? 'system';
}

/**
 * Where to send the reader after choosing: the page they came from when it is on this site, else home. Only a
 * path on this host is accepted, so the form cannot be used to redirect elsewhere.
 */
export function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return '/';
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
