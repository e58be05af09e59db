'use server';
/** The theme switch's form action: the path that works without client JS (a plain POST that sets the cookie). */
import { cookies } from 'next/headers';
import { parseThemePreference, THEME_COOKIE, THEME_COOKIE_MAX_AGE } from './theme';

export async function setThemeAction(form: FormData): Promise<void> {
  const theme = parseThemePreference(form.get('theme'));
  (await cookies()).set(THEME_COOKIE, theme, { path: '/', maxAge: THEME_COOKIE_MAX_AGE, sameSite: 'lax' });
}
