import { chooseCloud, chooseTheme, expect, type Page, test } from './support/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system colour scheme by default', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await background(page)).not.toBe('rgb(245, 245, 245)');
  await context.close();
});

test('the theme choice applies, is shown as chosen, and persists across reloads', async ({ page }) => {
  await page.goto('/');
  const light = await background(page);
  await chooseTheme(page, 'Dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).not.toBe(light);
  await expect(page.getByRole('button', { name: 'Theme: Dark theme' })).toBeVisible();
  await page.reload();
  // Server-rendered from the cookie: right on the first byte, no flash.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: /^Theme: / }).click();
  await expect(page.getByRole('button', { name: 'Dark theme', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'High contrast theme', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
});

test('the theme choice returns to the page it was made on', async ({ page }) => {
  await page.goto('/?q=firewall');
  await chooseTheme(page, 'Dark theme');
  await expect(page).toHaveURL(/\/\?q=firewall$/);
});

test('pages, the cloud picker and the theme switch work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await chooseCloud(page, 'Azure Government');
  await expect(page).toHaveURL(/cloud=fairfax/);
  await chooseTheme(page, 'Dark theme');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveURL(/cloud=fairfax/);
  await page.goto('/articles/cf45633f-f33b-425d-9d46-a6649ff1dc8e');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'Recommended Steps' })).toBeVisible();
  await context.close();
});
