import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SITE_DIR } from '../playwright.config';
import { expect, type Page, test } from './support/test';

const HEAD = `<properties
    pageTitle="Preview test article"
    description="Typed in the preview"
    service="microsoft.keyvault"
    selfHelpType="generic"
    supportTopicIds="32596879"
    cloudEnvironments="public, fairfax"
    articleId="11111111-2222-3333-4444-555555555555"
/>
# Preview test article

Open the [resource groups blade](data-blade:HubsExtension.BrowseResourceGroups) first.
`;
// `[docs] (url)` is not a link in CommonMark; an authoring rule reports it on the line after HEAD.
const NEAR_LINK = 'See [the docs] (https://docs.microsoft.com/azure/key-vault/) too.\n';
const NEAR_LINK_LINE = HEAD.split('\n').length;

const editor = (page: Page) => page.getByRole('textbox', { name: /Article markdown/ });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

async function type(page: Page, text: string) {
  await editor(page).fill(text);
  await expect(preview(page).getByText('Updating…')).toHaveCount(0);
}

test('renders typed markdown, lists a diagnostic and moves the caret to it', async ({ page }) => {
  await page.goto('/preview');
  await type(page, HEAD + NEAR_LINK);
  await expect(preview(page).getByRole('heading', { level: 2, name: 'Preview test article' })).toBeVisible();
  const diagnostic = page.getByRole('button', { name: new RegExp(`^${NEAR_LINK_LINE}:\\d+.*is not a link`) });
  await expect(diagnostic).toBeVisible();
  // The rule decides the column (the `[` or the blank); the caret must land on whichever it names.
  const [, column] = /^\d+:(\d+)/.exec((await diagnostic.textContent()) ?? '') ?? [];
  await diagnostic.click();
  await expect(editor(page)).toBeFocused();
  const caret = await editor(page).evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(caret).toBe(HEAD.length + Number(column) - 1);
  expect(HEAD.length + Number(column) - 1).toBeGreaterThan(HEAD.length);
});

test('the cloud switch moves blade links and shows the availability notice; All clouds lists differences', async ({ page }) => {
  await page.goto('/preview');
  await type(page, HEAD);
  const blade = preview(page).getByRole('link', { name: 'resource groups blade' });
  await expect(blade).toHaveAttribute('href', /^https:\/\/portal\.azure\.com\/#blade\//);
  await page.getByRole('radio', { name: 'Azure Government', exact: true }).click();
  await expect(blade).toHaveAttribute('href', /^https:\/\/portal\.azure\.us\/#blade\//);
  await expect(preview(page).getByText(/Not available in/)).toHaveCount(0);
  await page.getByRole('radio', { name: 'Azure operated by 21Vianet' }).click();
  await expect(blade).toHaveAttribute('href', /^https:\/\/portal\.azure\.cn\/#blade\//);
  await expect(preview(page).getByText('Not available in Azure operated by 21Vianet')).toBeVisible();

  await page.getByRole('radio', { name: 'All clouds' }).click();
  const availability = preview(page).getByRole('region', { name: 'Availability' });
  await expect(availability).toContainText('Azure Government Available');
  await expect(availability).toContainText('Azure operated by 21Vianet Not available');
  const links = preview(page).getByRole('table', { name: /resource groups blade/ });
  await expect(links.getByRole('row', { name: /Azure Government Secret/ })).toContainText('https://portal.azure.eaglex.ic.gov/#blade/');
});

test('the token sample fills tokens, and bad JSON is reported', async ({ page }) => {
  await page.goto('/preview');
  const tokens = page.getByRole('textbox', { name: 'Token sample (JSON)' });
  await tokens.fill('{ "vmname": ');
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await tokens.fill('{ "vmname": "web01" }');
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toHaveCount(0);
  // The starter article says "Connections to <!--$vmname-->[vmname]<!--/$vmname--> time out".
  await expect(preview(page).getByText('web01', { exact: true })).toBeVisible();
});

test('an article over 256 KB is refused: 413 from the API, a message in the page', async ({ page, request }) => {
  const big = HEAD + 'x'.repeat(270 * 1024);
  const response = await request.post('/api/preview', { data: { text: big, cloud: 'public' } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toMatch(/accepts up to 256 KB/);

  const ok = await request.post('/api/preview', { data: { text: HEAD + NEAR_LINK, cloud: 'fairfax' } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.diagnostics).toContainEqual(expect.objectContaining({ line: NEAR_LINK_LINE, message: expect.stringMatching(/is not a link/) }));
  expect(body.differences.links[0].hrefs.fairfax).toMatch(/^https:\/\/portal\.azure\.us\//);

  await page.goto('/preview');
  await editor(page).fill(big);
  await expect(page.getByText(/The article is \d+ KB, the preview accepts up to 256 KB/)).toBeVisible();
});

test('?file= is a development feature: the production server refuses it', async ({ page, request }) => {
  const api = await request.get('/api/preview/file?path=microsoft.keyvault/keyvault-firewall-access-denied.md');
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toMatch(/development feature/);
  expect((await request.get('/api/preview/file?path=../package.json')).status()).toBe(403);

  await page.goto('/preview?file=microsoft.keyvault/keyvault-firewall-access-denied.md');
  await expect(page.getByText(/is a development feature/)).toBeVisible();
  await expect(editor(page)).toHaveValue(/Cannot connect to a virtual machine/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe on /preview (${scheme}): no serious or critical violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/preview');
    await type(page, HEAD + NEAR_LINK);
    const check = async () => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await check()).toEqual([]);
    await page.getByRole('radio', { name: 'All clouds' }).click();
    await expect(preview(page).getByRole('region', { name: 'Availability' })).toBeVisible();
    expect(await check()).toEqual([]);
  });
}

test('screenshot of /preview with content typed in', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/preview');
  await type(page, `${HEAD + NEAR_LINK}\n## **Recommended Steps**\n\n1. Check the firewall of <!--$vmname-->[vmname]<!--/$vmname-->.\n2. Retry.\n`);
  await page.getByRole('textbox', { name: 'Token sample (JSON)' }).fill('{ "vmname": "web01" }');
  await expect(preview(page).getByText('Updating…')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/preview.png', fullPage: true });
  await page.getByRole('radio', { name: 'All clouds' }).click();
  await expect(preview(page).getByRole('region', { name: 'Availability' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/preview-all-clouds.png', fullPage: true });
});

// One error (an unknown cloud) and one warning (a near-link): the counts must read in the singular.
const ONE_OF_EACH =
  HEAD.replace('cloudEnvironments="public, fairfax"', 'resource="vaults"\n    authors="e2e-writer"\n    cloudEnvironments="public, moon cake"') + NEAR_LINK;

test('the page has its own H1 beside the previewed title, and counts read in the right number', async ({ page }) => {
  await page.goto('/preview');
  await type(page, ONE_OF_EACH);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Preview an article');
  await expect(preview(page).getByRole('heading', { level: 2, name: 'Preview test article' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Diagnostics/ })).toContainText('1 error, 1 warning, 0 notes');
});

test('the draft survives a reload and can be discarded', async ({ page }) => {
  await page.goto('/preview');
  await type(page, HEAD + NEAR_LINK);
  // The draft is written shortly after typing stops; the reload then asks first (unsaved text), and is allowed.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('selfhelp-preview-draft')).length)).toBe(1);
  page.on('dialog', (dialog) => dialog.accept());
  await page.reload();
  await expect(editor(page)).toHaveValue(HEAD + NEAR_LINK);
  await expect(preview(page).getByRole('heading', { level: 2, name: 'Preview test article' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard it and start over' }).click();
  await expect(editor(page)).toHaveValue(/Cannot connect to a virtual machine/);
  await page.reload();
  await expect(editor(page)).toHaveValue(/Cannot connect to a virtual machine/);
});

test('leaving with unsaved text asks first: a link of the page and closing the tab', async ({ page }) => {
  await page.goto('/preview');
  await type(page, HEAD);
  const asked: string[] = [];
  // Refuse once: the page stays, text and all.
  page.once('dialog', (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Help + support' }).click();
  await expect(page).toHaveURL(/\/preview$/);
  await expect(editor(page)).toHaveValue(HEAD);
  expect(asked).toEqual([expect.stringMatching(/^confirm: Leave the preview\?/)]);

  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[1]).toBe('beforeunload');
});

test('leaving after agreeing goes where the link points', async ({ page }) => {
  await page.goto('/preview');
  await type(page, HEAD);
  page.on('dialog', (dialog) => dialog.accept());
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Help + support' }).click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect(editor(page)).toHaveCount(0);
});

test('a lint config the CLI would refuse is named beside the diagnostics, and none of it is applied', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The shared server runs where there is no selfhelp.config.json: no notice.
  await page.goto('/preview');
  await type(page, HEAD + NEAR_LINK);
  await expect(page.getByText('Lint config not applied.')).toHaveCount(0);

  // A server of our own, started in a folder whose config misspells the rule it turns off.
  const cwd = mkdtempSync(path.join(tmpdir(), 'selfhelp-preview-config-'));
  writeFileSync(path.join(cwd, 'selfhelp.config.json'), JSON.stringify({ rules: { 'near-lnk': 'off' } }));
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const root = path.join(import.meta.dirname, '..');
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      SELFHELP_CONTENT_DIR: path.join(root, SITE_DIR),
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await expect.poll(async () => (await fetch(`${base}/api/ready`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [100] }).toBe(200);
    await page.goto(`${base}/preview`);
    await type(page, HEAD + NEAR_LINK);
    const notice = page.getByRole('status').filter({ hasText: 'Lint config not applied.' });
    await expect(notice).toContainText('selfhelp.config.json: rules.near-lnk: unknown rule; did you mean near-link?');
    await expect(notice.locator('code', { hasText: 'near-link' })).toBeVisible();
    await expect(notice).not.toContainText(cwd);
    // The notice in each theme at phone and desktop width (look at them).
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const [name, viewport] of [
        ['phone', { width: 390, height: 844 }],
        ['desktop', { width: 1366, height: 900 }],
      ] as const) {
        const context = await browser.newContext({ viewport });
        await context.addCookies([{ name: 'selfhelp-theme', value: theme, url: base }]);
        const themed = await context.newPage();
        await themed.goto(`${base}/preview`);
        await type(themed, HEAD + NEAR_LINK);
        await expect(themed.getByText('Lint config not applied.')).toBeVisible();
        await themed.screenshot({ path: `test-results/screenshots/preview-config-refused-${theme}-${name}.png`, fullPage: true });
        await context.close();
      }
    }
    // The rule the config meant to turn off still reports, at its built-in severity.
    await expect(page.getByRole('button', { name: new RegExp(`^${NEAR_LINK_LINE}:\\d+.*is not a link`) })).toBeVisible();
  } finally {
    server.kill('SIGTERM');
    rmSync(cwd, { recursive: true, force: true });
  }
});
