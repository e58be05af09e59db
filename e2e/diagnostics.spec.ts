/** `/diagnostics` on fixture content: files link to their article, missing-article links are listed, and a phone never scrolls sideways. */
import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

test('each article links to its page; links to articles that are not there are listed', async ({ page }) => {
  await page.goto('/diagnostics');
  const errors = page.getByRole('region', { name: 'Articles with errors' });
  const broken = errors.locator('section').filter({ has: page.getByRole('heading', { name: 'broken-block.md' }) });
  await expect(broken.getByRole('link', { name: 'Open the article' })).toHaveAttribute('href', '/articles/broken-widget');
  // A production server opens no files: the page says where the preview does, and links none.
  await expect(page.getByText('The preview opens content files in development only')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in the preview' })).toHaveCount(0);

  const missing = page.getByRole('region', { name: 'Links to articles that are not there' });
  await expect(missing.getByRole('heading', { name: 'inputs/widget-diagnose.md' })).toBeVisible();
  await expect(missing.getByRole('row').filter({ hasText: 'widget-quota-not-written-yet' })).toContainText('article-link-missing');
  await expect(missing).not.toContainText('Widget-Restarts-Insight');
  await missing.getByRole('link', { name: 'Open the article' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Common widget problems' })).toBeVisible();
});

// The page's own content is measured: the header (rebuilt separately) is checked by the shell's own tests.
test('at 390 px the tables fit: no word breaks inside severities, nothing in the content wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/diagnostics');
  await expect(page.getByRole('heading', { level: 1, name: 'Content diagnostics' })).toBeVisible();
  const layout = await page.evaluate(() => {
    const main = document.querySelector('main');
    const tooWide = [...(main?.querySelectorAll('*') ?? [])].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).map((el) => el.tagName);
    // A badge on one line is as tall as one line of its text.
    const badges = [...(main?.querySelectorAll('td span') ?? [])].filter((el) => /^(error|warning|info)$/.test(el.textContent ?? ''));
    const broken = badges
      .filter((el) => el.getBoundingClientRect().height > 1.6 * Number.parseFloat(getComputedStyle(el).lineHeight))
      .map((el) => el.textContent);
    return { mainOverflow: (main?.scrollWidth ?? 0) - (main?.clientWidth ?? 0), tooWide, badges: badges.length, broken };
  });
  expect(layout.mainOverflow).toBeLessThanOrEqual(0);
  expect(layout.tooWide).toEqual([]);
  expect(layout.badges).toBeGreaterThan(3);
  expect(layout.broken).toEqual([]);
});
