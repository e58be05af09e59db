import { chooseCloud, expect, test } from './support/test';

const KV_FIREWALL = '/articles/cf45633f-f33b-425d-9d46-a6649ff1dc8e';

test('opens an article from the list', async ({ page }) => {
  await page.goto('/?q=firewall');
  await page.getByRole('link', { name: 'Cannot reach Key Vault behind a firewall' }).click();
  await expect(page).toHaveURL(new RegExp(KV_FIREWALL));
  await expect(page.getByRole('heading', { level: 1, name: 'Cannot reach Key Vault behind a firewall' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommended Steps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Recommended Documents' })).toBeVisible();
  // Placeholders in angle brackets survive sanitizing as text.
  await expect(page.getByText('<your-client-ip>').first()).toBeVisible();
});

test('a step can be checked off, is kept after reload, and can be reset', async ({ page }) => {
  await page.goto(KV_FIREWALL);
  await expect(page.getByText('0 of 5 done')).toBeVisible();
  const step2 = page.getByRole('checkbox', { name: 'Step 2 done' });
  await step2.check();
  await expect(page.getByText('1 of 5 done')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Step 2 done' })).toBeChecked();
  await expect(page.getByText('1 of 5 done')).toBeVisible();
  await page.getByRole('button', { name: 'Reset steps' }).click();
  await expect(page.getByText('0 of 5 done')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Step 2 done' })).not.toBeChecked();
});

test('document links open safely in a new tab', async ({ page, context }) => {
  await page.goto(KV_FIREWALL);
  const docs = page.getByRole('region', { name: 'Recommended Documents' });
  const link = docs.getByRole('link', { name: /How network rules are evaluated for a key vault/ });
  // docs.microsoft.com redirects to learn.microsoft.com: the page links there directly.
  await expect(link).toHaveAttribute('href', 'https://learn.microsoft.com/azure/key-vault/general/network-security');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // The machine has no internet: answer the docs host locally, for the new tab too (hence the context).
  await context.route('https://learn.microsoft.com/**', (route) => route.fulfill({ body: 'docs', contentType: 'text/plain' }));
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe('https://learn.microsoft.com/azure/key-vault/general/network-security');
});

test('blade links point into the portal of the selected cloud', async ({ page }) => {
  // `$resourceId` needs a resource: given in the URL here (without one the link is text with a note, see rich.spec).
  const vault = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1';
  await page.goto(`${KV_FIREWALL}?cloud=fairfax&resourceId=${encodeURIComponent(vault)}`);
  const blade = page.getByRole('link', { name: 'Networking blade of the vault' });
  await expect(blade).toHaveAttribute('href', `https://portal.azure.us/#blade/Microsoft_Azure_KeyVault/VaultNetworkingBlade/id/${encodeURIComponent(vault)}`);
  await expect(blade).toHaveAttribute('title', /VaultNetworkingBlade.*Azure Government portal/);
  await chooseCloud(page, 'Azure');
  await expect(page.getByRole('link', { name: 'Networking blade of the vault' })).toHaveAttribute('href', /^https:\/\/portal\.azure\.com\//);
});

test('shows a notice when the article is not available in the chosen cloud', async ({ page }) => {
  await page.goto(`${KV_FIREWALL}?cloud=mooncake`);
  await expect(page.getByText('Not available in Azure operated by 21Vianet')).toBeVisible();
  await expect(
    page.getByText(/It is available in: Azure, Azure Government, Azure Government Secret \(USNat\), Azure Government Top Secret \(USSec\)/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cannot reach Key Vault behind a firewall');
});

test('JSON-bodied articles show a readable view, not raw JSON', async ({ page }) => {
  await page.goto('/articles/6cf4c171-12b3-4a54-adf8-2a8dcf27d53d');
  await expect(page.getByRole('heading', { level: 2, name: 'Common problems' })).toBeVisible();
  await expect(page.getByText('Remote Desktop does not connect').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('"commonProblems"');
  await expect(page.locator('main')).not.toContainText('{');
});

test('an unknown id is a 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article-id');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse all self-help articles' })).toBeVisible();
});
