/** POST /api/theme (form field `theme`): stores the theme cookie and sends the reader back with 303. */
import { parseThemePreference, returnPath, THEME_COOKIE, THEME_COOKIE_MAX_AGE } from '@/components/ThemeSwitch/theme';

export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const theme = parseThemePreference(form?.get('theme'));
  // Behind a reverse proxy the forwarded host is the one the reader's browser used.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const headers = new Headers({ location: returnPath(request.headers.get('referer'), host) });
  headers.append('set-cookie', `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${THEME_COOKIE_MAX_AGE}; SameSite=Lax`);
  return new Response(null, { status: 303, headers });
}
