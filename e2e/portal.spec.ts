/**
 * The portal's look on every screen: the blade layout at phone and desktop widths (no sideways scroll, the first
 * result on a phone's first screen), axe on every page type in each theme, print, security headers, and the rendered-page
 * cache serving exactly what a fresh render would. Screenshots of each page in each theme go to
 * test-results/screenshots/ (look at them).
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, type Page, test } from './support/test';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;

/** One article of each selfHelpType in the served content, by type. */
async function articlesByType(request: APIRequestContext): Promise<Map<string, string>> {
  const body = (await (await request.get('/api/articles?limit=500')).json()) as { articles: Array<{ articleId: string; selfHelpType: string }> };
  const byType = new Map<string, string>();
  for (const a of body.articles) if (!byType.has(a.selfHelpType)) byType.set(a.selfHelpType, `/articles/${encodeURIComponent(a.articleId)}`);
  return byType;
}

async function themedPage(browser: Browser, theme: string, size: { width: number; height: number }, baseURL: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: size, javaScriptEnabled });
  await context.addCookies([{ name: 'selfhelp-theme', value: theme, url: baseURL }]);
  return context.newPage();
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('no page scrolls sideways at phone or desktop width, in any article type', async ({ browser, request, baseURL }) => {
  test.setTimeout(240_000);
  const paths = ['/', '/preview', '/diagnostics', ...(await articlesByType(request)).values()];
  for (const size of WIDTHS) {
    const page = await themedPage(browser, 'light', size, baseURL ?? '');
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), `${path} at ${size.width} px`).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  }
});

test('on a phone the first result shows on the first screen, and the filters open as a drawer', async ({ browser, baseURL }) => {
  const page = await themedPage(browser, 'light', WIDTHS[0], baseURL ?? '');
  await page.goto('/');
  const first = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first();
  const box = await first.boundingBox();
  expect(box && box.y + 40 <= WIDTHS[0].height).toBe(true);
  await expect(page.getByRole('navigation', { name: 'Filters' })).toBeHidden();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await expect(page.getByRole('navigation', { name: 'Filters' })).toBeVisible();
  await page.keyboard.press('Escape');
  // The left menu is behind the top bar's menu button.
  await expect(page.getByRole('navigation', { name: 'Help + support' })).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Help + support' }).getByRole('link', { name: 'Content diagnostics' })).toBeVisible();
  await page.context().close();
});

// Colours differ by theme, layout by width: every page type in the light theme at desktop width; the other themes
// and the phone layout on the pages that carry every kind of control (the article types share their chrome).
// One test per run, so the runs spread over the workers.
const AXE_RUNS = [...THEMES.map((theme) => ({ theme, size: WIDTHS[1] })), { theme: 'light' as const, size: WIDTHS[0] }];
const EVERY_TYPE_IN = 'light desktop';
const CORE_TYPES = new Set(['generic', 'problemscopingquestions', 'apollo', 'diagnoseandsolve', 'diagnostics']);
for (const { theme, size } of AXE_RUNS) {
  test(`axe finds nothing serious on any page type, ${theme} theme at ${size.name} width; screenshots of each`, async ({ browser, request, baseURL }) => {
    test.setTimeout(300_000);
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['filtered-home', '/?cloud=fairfax&type=generic&q=vpn'],
      ...[...(await articlesByType(request))].filter(([type]) => `${theme} ${size.name}` === EVERY_TYPE_IN || CORE_TYPES.has(type)),
      ['preview', '/preview'],
      ['diagnostics', '/diagnostics'],
      ['insights', '/insights'],
    ];
    const problems: string[] = [];
    const page = await themedPage(browser, theme, size, baseURL ?? '');
    for (const [name, path] of pages) {
      await page.goto(path);
      await page.screenshot({ path: `test-results/screenshots/${name}-${theme}-${size.name}.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        problems.push(`${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    await page.context().close();
    expect(pages.length).toBeGreaterThan(8);
    expect(problems).toEqual([]);
  });
}

test('an article prints as the article: no chrome, steps with boxes, documents with their addresses', async ({ page, request }) => {
  const path = (await articlesByType(request)).get('generic') ?? '/';
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Commands' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Help + support' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeVisible();
  const after = await page
    .getByRole('region', { name: 'Recommended Documents' })
    .getByRole('link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/\(https?:\/\//);
  await page.pdf({ path: 'test-results/screenshots/article-print.pdf' });
});

test('every page carries the security headers, a nonce CSP without unsafe script sources', async ({ request }) => {
  const types = await articlesByType(request);
  for (const path of ['/', '/preview', '/diagnostics', '/articles/no-such-id', ...types.values()]) {
    const res = await request.get(path);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(res.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    // Each response its own nonce, and every script tag carries it.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    const html = await res.text();
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  const api = await request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('a cached page is what a fresh render gives, for every article type', async ({ browser, request, baseURL }) => {
  test.setTimeout(180_000);
  const page = await themedPage(browser, 'light', WIDTHS[1], baseURL ?? '', false);
  const main = async (url: string, headers: Record<string, string> = {}) => {
    await page.setExtraHTTPHeaders(headers);
    await page.goto(url);
    return page.locator('[data-article-main]').evaluate((el) => el.outerHTML);
  };
  for (const [type, path] of await articlesByType(request)) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()['x-selfhelp-cache'], type).toBe('hit');
    expect(again.headers()['cache-control'], type).toContain('s-maxage=');
    const cached = await main(path);
    // `Cache-Control: no-cache` renders the page anew (the cache then keeps the new copy).
    const fresh = await request.get(path, { headers: { 'cache-control': 'no-cache' } });
    expect(fresh.headers()['x-selfhelp-cache'], type).toBe('refresh');
    expect(await main(path, { 'cache-control': 'no-cache' }), type).toBe(cached);
  }
  // A reader's own values are never served from or kept in the cache.
  const [, first] = [...(await articlesByType(request))][0] ?? [];
  const own = await request.get(`${first}?token.cachecheck=1`);
  expect(own.headers()['x-selfhelp-cache']).toBeUndefined();
  expect(own.headers()['cache-control']).toContain('private');
  await page.context().close();
});
