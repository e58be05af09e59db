/**
 * Browsing `/` on the fixture server's own articles: facets with counts, the cloud chosen in the header, a topic
 * filter kept with the cloud, a search keeping the filters, unknown values as notices, and paging with plain links.
 */
import { FIXTURE_PORT } from '../playwright.config';
import { chooseCloud, expect, type Page, test } from './support/test';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const results = (page: Page) =>
  page
    .getByRole('list', { name: 'Articles' })
    .getByRole('listitem')
    .filter({ has: page.locator('a[href^="/articles/"]') });
const count = (page: Page) => page.getByRole('heading', { level: 2, name: /articles? found|\d+ articles?/ });
const pane = (page: Page) => page.getByRole('navigation', { name: 'Filters' });

test('lists articles with facet counts', async ({ page, request }) => {
  const total = (await (await request.get('/api/articles?limit=1')).json()).total as number;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Self-help articles' })).toBeVisible();
  await expect(count(page)).toHaveText(new RegExp(`^${total} articles`));
  await expect(pane(page).getByRole('link', { name: /^Generic \d+$/ })).toBeVisible();
  expect(await results(page).count()).toBeGreaterThan(5);
});

test('the cloud is chosen in the blade header, one at a time, and kept in the URL', async ({ page, request }) => {
  const expected = (await (await request.get('/api/articles?cloud=mooncake&limit=1')).json()).total as number;
  expect(expected).toBeGreaterThan(0);
  await page.goto('/');
  await chooseCloud(page, 'Azure operated by 21Vianet');
  await expect(page).toHaveURL(/[?&]cloud=mooncake/);
  await expect(count(page)).toHaveText(new RegExp(`^${expected} articles?`));
  await expect(page.getByRole('button', { name: 'Cloud: Azure operated by 21Vianet' })).toBeVisible();
  await chooseCloud(page, 'All clouds');
  await expect(page).not.toHaveURL(/cloud=/);
});

test('filters by support topic through the pane, combined with a cloud', async ({ page }) => {
  await page.goto('/?cloud=fairfax');
  await pane(page)
    .getByRole('link', { name: /^Quartz Vault networking 41000001/ })
    .click();
  await expect(page).toHaveURL(/cloud=fairfax/);
  await expect(page).toHaveURL(/supportTopicId=41000001/);
  await expect(results(page)).toHaveCount(2);
  await expect(pane(page).getByRole('link', { name: /^Quartz Vault networking 41000001/ })).toHaveAttribute('aria-current', 'true');
});

test('searches by text and keeps the other filters', async ({ page }) => {
  await page.goto('/?cloud=public&type=generic');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('firewall');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=firewall/);
  await expect(page).toHaveURL(/cloud=public/);
  await expect(page).toHaveURL(/type=generic/);
  await expect(results(page).first()).toContainText(/firewall/i);
});

test('an unknown filter value gets a message, not an error page', async ({ page }) => {
  const response = await page.goto('/?cloud=moon%20cake&type=bogus');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Some filters were not applied')).toBeVisible();
  await expect(page.getByText(/Unknown cloud\s*moon cake/)).toBeVisible();
  await expect(page.getByText(/Unknown type\s*bogus/)).toBeVisible();
});

test('paginates with plain links', async ({ page }) => {
  await page.goto('/?limit=3');
  await expect(page.getByText('Page 1 of')).toBeVisible();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/offset=3/);
  await expect(page.getByText('Page 2 of')).toBeVisible();
  await expect(results(page)).toHaveCount(3);
});
