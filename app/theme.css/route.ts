/** `/theme.css`: the Fluent theme tokens as CSS, built once at build time and cached by the browser. */
import { THEME_CSS } from '@/components/ThemeSwitch/themeCss';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(THEME_CSS, {
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
