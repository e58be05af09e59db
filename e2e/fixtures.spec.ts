/**
 * Content the site fixture must not have, served from e2e/fixtures/content by the second web server:
 * two files sharing an articleId (a disambiguation page, flagged) and a block with errors that still renders.
 */

import { FIXTURE_PORT } from '../playwright.config';
import { expect, test } from './support/test';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

test('two files with one articleId: a chooser that reaches both, and a flag', async ({ page }) => {
  await page.goto('/articles/shared-widget-id');
  await expect(page.getByRole('heading', { level: 1, name: /Several articles use the ID shared-widget-id/ })).toBeVisible();
  await expect(page.getByText('Duplicate article ID')).toBeVisible();
  const files = page.getByRole('list', { name: 'Files with this ID' });
  await expect(files.getByRole('link')).toHaveCount(2);

  await files.getByRole('link', { name: 'Recover a locked widget account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recover a locked widget account' })).toBeVisible();
  await page.goBack();
  await files.getByRole('link', { name: 'Reset a forgotten widget password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset a forgotten widget password' })).toBeVisible();
});

test('the API flags the duplicate and still answers', async ({ request }) => {
  const res = await request.get('/api/articles/shared-widget-id');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.duplicates).toHaveLength(1);
});

test('an article whose block has errors still renders, and /diagnostics lists its problems with places', async ({ page }) => {
  await page.goto('/articles/broken-widget');
  await expect(page.getByRole('heading', { level: 1, name: 'Widget keeps restarting' })).toBeVisible();
  await expect(page.getByText('Check the widget event log for restart reasons.')).toBeVisible();

  await page.goto('/diagnostics');
  await expect(page.getByRole('heading', { level: 1, name: 'Content diagnostics' })).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText('broken-block.md').first()).toBeVisible();
  await expect(main.getByText(/properties-unclosed-quote/).first()).toBeVisible();
  await expect(main.getByText(/moon cake/).first()).toBeVisible();
  await expect(main.getByText(/shared-widget-id/).first()).toBeVisible();
  // A markdown file without a block is listed; a file not named like an article (NOTES) is skipped quietly.
  await expect(main.getByText('draft-without-block.md').first()).toBeVisible();
  await expect(main.getByText('NOTES')).toHaveCount(0);
});

test('a localized article without an articleId is reachable by its derived id', async ({ page, request }) => {
  await page.goto('/?cloud=mooncake');
  await page.getByRole('link', { name: '无法连接到小部件' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '无法连接到小部件' })).toBeVisible();
  await expect(page.getByText('检查小部件的网络设置。')).toBeVisible();
  const res = await request.get(`/api/articles/${encodeURIComponent('本地化--无法连接')}`);
  expect(res.status()).toBe(200);
  expect((await res.json()).meta.articleIdDerived).toBe(true);
});

test('an articleId written as free text (spaces, colon, parentheses, ampersand) is reachable', async ({ page }) => {
  await page.goto('/?q=classic');
  await page.getByRole('link', { name: 'Sign in to a classic widget' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to a classic widget' })).toBeVisible();
  await page.goto(`/articles/${encodeURIComponent('Widget help: sign-in (classic) & more')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to a classic widget' })).toBeVisible();
});
