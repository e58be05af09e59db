/**
 * Finding an article on `/`, on the fixture server's own articles (e2e/fixtures/content/search): search as you type
 * with marked snippets, a pasted support topic id and its filter hint, two products at once, the portal's order
 * within a topic, and the same search without JavaScript.
 */
import { FIXTURE_PORT } from '../playwright.config';
import { expect, type Page, test } from './support/test';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const results = (page: Page) =>
  page
    .getByRole('list', { name: 'Articles' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link') });

test.beforeAll(async ({ request }) => {
  // The ranked index builds in the background after start-up; until then `q` is answered by the scan.
  await expect.poll(async () => (await (await request.get('/api/articles?q=vault&limit=1')).json()).index, { timeout: 60_000 }).toBe('ready');
});

test('typing a query searches as you type and marks the matched words in title and excerpt', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/');
  // A mark on the document: a client navigation keeps it, a page load (the page cache answering the RSC fetch with HTML) loses it.
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.pressSequentially('firewall', { delay: 60 });
  await expect(page).toHaveURL(/[?&]q=firewall/);
  // The results change under the box: it keeps every letter and the focus.
  await expect(box).toHaveValue('firewall');
  await expect(box).toBeFocused();
  expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true);
  const first = results(page).first();
  await expect(first.locator('mark').first()).toHaveText(/firewall/i);
  // The disk article's body holds a <script>: its excerpt shows words, never runs or shows markup.
  const disk = results(page).filter({ hasText: 'Configure disk account firewalls' });
  await expect(disk.locator('p mark').first()).toHaveText(/firewall/i);
  await expect(disk).not.toContainText('<script');
  expect(dialogs).toBe(0);
});

test('a pasted support topic id lists its articles and offers the filter', async ({ page }) => {
  await page.goto('/?q=41000001');
  await expect(results(page)).toHaveCount(2);
  for (const item of await results(page).all()) await expect(item).toContainText('Quartz Vault');
  const hint = page.getByRole('link', { name: /^Show only support topic 41000001 \(Quartz Vault networking\)$/ });
  await hint.click();
  await expect(page).toHaveURL(/supportTopicId=41000001/);
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(results(page)).toHaveCount(2);
});

test('two products at once: values of one filter widen the list', async ({ page }) => {
  await page.goto('/?q=firewall');
  const pane = page.getByRole('navigation', { name: 'Filters' });
  await pane.getByRole('link', { name: /^Quartz Vault 51001/ }).click();
  await expect(page).toHaveURL(/productPesId=51001/);
  await expect(results(page)).toHaveCount(1);
  await page
    .getByRole('navigation', { name: 'Filters' })
    .getByRole('link', { name: /^Microsoft\.Disks 51002/ })
    .click();
  await expect(page).toHaveURL(/productPesId=51001&productPesId=51002/);
  await expect(results(page)).toHaveCount(2);
  // Both stay selected, with their true counts.
  await expect(page.getByRole('navigation', { name: 'Filters' }).locator('a[aria-current="true"]')).toHaveCount(2);
});

test("within a topic the portal's order comes first, and title order is a link away", async ({ page }) => {
  await page.goto('/?supportTopicId=41000001');
  await expect(page.getByRole('navigation', { name: 'Sort results' }).locator('[aria-current="true"]')).toHaveText('Portal order');
  await expect(results(page).nth(0)).toContainText('Rotate Quartz Vault secrets');
  await expect(results(page).nth(1)).toContainText('Quartz Vault behind a firewall');
  await page.getByRole('navigation', { name: 'Sort results' }).getByRole('link', { name: 'Title' }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(results(page).nth(0)).toContainText('Quartz Vault behind a firewall');
});

test('search works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://localhost:${FIXTURE_PORT}` });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('quartz vault firewall');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=quartz\+vault\+firewall/);
  await expect(results(page).first()).toContainText('Quartz Vault behind a firewall');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
  await context.close();
});
