import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('follows the system colour scheme by default', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  expect(await background(page)).not.toBe('rgb(245, 245, 245)');
  await context.close();
});

test('the theme switch applies at once and persists across reloads', async ({ page }) => {
  await page.goto('/');
  const light = await background(page);
  const dark = page.getByRole('button', { name: 'Dark theme' });
  await dark.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).not.toBe(light);
  await page.reload();
  // Server-rendered from the cookie: right on the first byte, no flash.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'High contrast theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
});

test('pages, filters and the theme switch work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: /^Azure Government \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/cloud=fairfax/);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/articles/cf45633f-f33b-425d-9d46-a6649ff1dc8e');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'Recommended Steps' })).toBeVisible();
  await context.close();
});
