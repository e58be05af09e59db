/** Console cleanliness: the pages of every kind, a client navigation and a theme change raise no hydration warning or error. */
import { chooseTheme, expect, test } from './support/test';

const PAGES = [
  ['home', '/'],
  ['filtered home', '/?cloud=fairfax&supportTopicId=32596879&q=firewall'],
  ['article', '/articles/cf45633f-f33b-425d-9d46-a6649ff1dc8e'],
  ['apollo article', '/articles/a3720c44-db97-4b85-99f1-115fa8e62eb2'],
  ['json article', '/articles/6cf4c171-12b3-4a54-adf8-2a8dcf27d53d'],
  ['form article', '/articles/c584310f-844a-4a27-afe2-2651ec7ba343'],
  ['insight article', '/articles/0b5008de-5c6f-4eac-9b44-052bbf0e7aa7?token.vmname=web01'],
  ['apollo article with videos', '/articles/f21e7d99-239b-4ddb-adef-a39702b5c432'],
  ['advisor article', '/articles/8afe6b5b-2658-47e6-97b2-ccfc1935cb84_Public'],
  ['diagnostics', '/diagnostics'],
  ['insights', '/insights'],
] as const;

test('no hydration warnings or console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /hydrat/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  for (const [, path] of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Client navigation and a theme change too, so the hydrated tree is exercised.
  await page.getByRole('link', { name: 'Self-help articles' }).first().click();
  await chooseTheme(page, 'Dark theme');
  expect(problems).toEqual([]);
});
