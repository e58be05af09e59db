import { chooseCloud, expect, type Page, test } from './support/test';

const results = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ has: page.getByRole('link') });
const count = (page: Page) => page.getByRole('heading', { level: 2, name: /articles? found|\d+ articles?/ });

test('lists articles with facet counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Self-help articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Generic \(\d+\)$/ })).toBeVisible();
  expect(await results(page).count()).toBeGreaterThan(10);
});

test('the cloud is chosen in the blade header, one at a time, and kept in the URL', async ({ page, request }) => {
  await page.goto('/');
  const expected = (await (await request.get('/api/articles?cloud=mooncake&limit=1')).json()).total as number;
  await chooseCloud(page, 'Azure operated by 21Vianet');
  await expect(page).toHaveURL(/[?&]cloud=mooncake/);
  await expect(count(page)).toHaveText(new RegExp(`^${expected} articles?`));
  for (const item of await results(page).all()) await expect(item.getByText('Azure operated by 21Vianet', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cloud: Azure operated by 21Vianet' })).toBeVisible();
  await chooseCloud(page, 'All clouds');
  await expect(page).not.toHaveURL(/cloud=/);
});

test('filters by support topic through the UI and the URL, combined with a cloud', async ({ page }) => {
  await page.goto('/?cloud=fairfax');
  await page.getByRole('link', { name: /^32596879 \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/cloud=fairfax/);
  await expect(page).toHaveURL(/supportTopicId=32596879/);
  await expect(results(page).first()).toBeVisible();

  await page.goto('/?cloud=fairfax&supportTopicId=32596879&q=firewall');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('firewall');
  await expect(results(page).getByRole('link', { name: 'Cannot reach Key Vault behind a firewall' })).toBeVisible();
});

test('searches by text and keeps the other filters', async ({ page }) => {
  await page.goto('/?cloud=public');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('firewall');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=firewall/);
  await expect(page).toHaveURL(/cloud=public/);
  const n = await results(page).count();
  expect(n).toBeGreaterThan(0);
  await expect(results(page).first()).toContainText(/firewall/i);
});

test('an unknown filter value gets a message, not an error page', async ({ page }) => {
  const response = await page.goto('/?cloud=moon%20cake&type=bogus');
  expect(response?.status()).toBe(200);
  const notice = page.getByText('Some filters were not applied');
  await expect(notice).toBeVisible();
  await expect(page.getByText(/Unknown cloud\s*moon cake/)).toBeVisible();
  await expect(page.getByText(/Unknown type\s*bogus/)).toBeVisible();
});

test('paginates with plain links', async ({ page }) => {
  await page.goto('/?limit=10');
  await expect(page.getByText('Page 1 of')).toBeVisible();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/offset=10/);
  await expect(page.getByText('Page 2 of')).toBeVisible();
  await expect(results(page)).toHaveCount(10);
});
