/**
 * What a customer can give an article page, on fixture content (second server): token values and a resource ID
 * through plain GET forms (with and without script), Apollo internals folded away for engineers, and docs links
 * per cloud.
 */
import { expect, type Page, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const INSIGHT = '/articles/widget-restarts-insight';
const SUB = '00000000-0000-0000-0000-0000000000bb';
const WIDGET = `/subscriptions/${SUB}/resourceGroups/rg-widgets/providers/Contoso.Widgets/widgets/gear-7`;

const tokenForm = (page: Page) => page.getByRole('region', { name: 'Fill in this page' });
const resourceForm = (page: Page) => page.getByRole('region', { name: /portal links for your resource|Your resource/ });

test('Apollo internals sit in a closed "Details for engineers" disclosure', async ({ page }) => {
  await page.goto(INSIGHT);
  const card = page.getByRole('group', { name: 'Diagnostic insight' });
  await expect(card).toContainText('The portal runs a diagnostic on your resource here and shows what it finds.');
  await expect(card.getByText('WidgetRestartInsight')).toBeHidden();
  await expect(card.getByText('Needs more input')).toBeHidden();
  await card.getByText('Details for engineers').click();
  await expect(card.getByText('WidgetRestartInsight')).toBeVisible();
  await expect(card.getByText('Needs more input')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with script' : 'without script', () => {
    test.use({ javaScriptEnabled });

    test('the token form fills the page and keeps the other parameters', async ({ page }) => {
      await page.goto(`${INSIGHT}?cloud=fairfax`);
      await expect(page.locator('mark').filter({ hasText: '[widgetName]' }).first()).toBeVisible();
      await tokenForm(page).getByRole('textbox', { name: 'Widget name' }).fill('gear-7');
      await tokenForm(page).getByRole('textbox', { name: 'Restart count' }).fill('3');
      await tokenForm(page).getByRole('button', { name: 'Show the page with these values' }).click();
      await expect(page).toHaveURL(/token\.widgetname=gear-7/);
      const url = new URL(page.url());
      expect(url.searchParams.get('cloud')).toBe('fairfax');
      expect(url.searchParams.get('token.restartcount')).toBe('3');
      await expect(page.getByText('The widget gear-7 restarted 3 times in the last day.')).toBeVisible();
      await expect(tokenForm(page).getByRole('textbox', { name: 'Widget name' })).toHaveValue('gear-7');
    });

    test('a resource ID makes the portal link that needs it a real link', async ({ page }) => {
      await page.goto(`${INSIGHT}?cloud=fairfax&token.widgetname=gear-7`);
      await expect(page.getByRole('link', { name: 'restart history' })).toHaveCount(0);
      await page.getByRole('link', { name: 'add your resource to open this in the portal' }).click();
      await expect(page).toHaveURL(/#resource-form$/);
      await resourceForm(page).getByRole('textbox', { name: 'Resource ID' }).fill(WIDGET);
      await resourceForm(page).getByRole('button', { name: 'Use this resource' }).click();
      const link = page.getByRole('link', { name: 'restart history' });
      await expect(link).toHaveAttribute('href', `https://portal.azure.us/#blade/Contoso_Widgets/WidgetRestartBlade/id/${encodeURIComponent(WIDGET)}`);
      const url = new URL(page.url());
      expect([url.searchParams.get('cloud'), url.searchParams.get('token.widgetname'), url.searchParams.get('resourceId')]).toEqual([
        'fairfax',
        'gear-7',
        WIDGET,
      ]);
    });
  });
}

test('docs links per cloud: learn.microsoft.com, the China site without azure/, others marked', async ({ page }) => {
  await page.goto(INSIGHT);
  await expect(page.getByRole('link', { name: /widget event log guide/ })).toHaveAttribute('href', 'https://learn.microsoft.com/en-us/azure/widgets/event-log');
  await page.goto(`${INSIGHT}?cloud=mooncake`);
  await expect(page.getByRole('link', { name: /widget event log guide/ })).toHaveAttribute('href', 'https://docs.azure.cn/widgets/event-log');
  const ps = page.getByRole('link', { name: /PowerShell reference/ });
  await expect(ps).toHaveAttribute('href', 'https://docs.microsoft.com/en-us/powershell/module/az.widgets/');
  await expect(ps).toHaveAttribute('title', 'On the global docs site: this page may not exist in Azure operated by 21Vianet');
  await expect(ps).toContainText('(global docs site)');
});
