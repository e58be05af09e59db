/**
 * Troubleshooters on the fixture content (e2e/fixtures/content): a guide of four checks, three solutions and a
 * questions form in one folder, a guide whose steps live in another folder (placed by name stem), and steps with
 * no guide at all. Walks a guide, checks the case notes, the URL and the browser keep the walk, and that the
 * pages work without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { FIXTURE_PORT } from '../playwright.config';

test.use({ baseURL: `http://localhost:${FIXTURE_PORT}` });

const GUIDE = '/troubleshooters/widget-restart-guide';
const notes = (page: Page) => page.getByRole('textbox', { name: 'Case notes text' });
// The n-th check of the walk (list items inside a check's own content are not counted).
const check = (page: Page, n: number) =>
  page
    .getByRole('region', { name: 'Checks' })
    .locator('ol')
    .first()
    .locator(':scope > li')
    .nth(n - 1);

test('the list shows every guide with its counts, and filters by text, cloud and service', async ({ page }) => {
  test.slow(); // Five page loads; a ceiling for a shared machine, not a speed check.
  await page.goto('/troubleshooters');
  await expect(page.getByRole('heading', { level: 1, name: 'Troubleshooters' })).toBeVisible();
  const restart = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Widget gateway restarts' }) });
  await expect(restart).toContainText('Checks4');
  await expect(restart).toContainText('Solutions3');
  await expect(restart).toContainText('Azure operated by 21Vianet');
  await expect(page.getByRole('heading', { level: 2, name: 'Roll back a widget firmware update' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('roll back');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/q=roll\+back/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Roll back a widget firmware update']);

  // A cloud narrows each guide to the steps offered there: the fans check is public-only.
  await page.goto('/troubleshooters?cloud=fairfax&service=CONTOSO.WIDGETS');
  await expect(page.getByRole('combobox', { name: 'Cloud' })).toHaveValue('fairfax');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Widget gateway restarts' }) })).toContainText('Checks3');
  await page.goto('/troubleshooters?cloud=usnat');
  await expect(page.getByText('No troubleshooter matches.')).toBeVisible();
});

test('walking a guide: three checks answered, a solution reached, case notes name each step', async ({ page, context }) => {
  test.slow(); // Many steps; a shared machine can be slow, this is a ceiling, not a speed check.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/troubleshooters');
  await page.getByRole('link', { name: 'Widget gateway restarts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Widget gateway restarts' })).toBeVisible();
  // The summary is the description article's body, rendered as its page renders it.
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('walks through power, the event log and firmware');

  await page.getByRole('radio', { name: 'About once a day' }).check();
  await expect(check(page, 1)).toContainText('Confirm that the gateway');
  await page.getByRole('button', { name: 'Not resolved' }).click();
  await expect(check(page, 1)).toContainText('Answer: Not resolved');
  await expect(check(page, 2)).toContainText('WatchdogReset');
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Not resolved' }).click();
  await expect(page.getByText('3 of 4 checks answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Choose Update the gateway firmware as the solution reached' }).click();
  await expect(page.getByText('Solution reached', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/path=nsn&outcome=widget-solution-firmware$/);

  const text = await notes(page).inputValue();
  for (const line of [
    'Troubleshooting guide: Widget gateway restarts',
    'Cloud: Azure',
    '1. Check the power supply: Not resolved',
    '2. Read the gateway event log: Skipped',
    '3. Check the firmware version: Not resolved',
    'Not reached: 1 check.',
    'How often does the gateway restart?: About once a day',
    'Outcome: solution reached: Update the gateway firmware',
  ])
    expect(text).toContain(line);
  expect(text).toMatch(/Guide: http:\/\/localhost:\d+\/troubleshooters\/widget-restart-guide\?path=nsn&outcome=widget-solution-firmware/);
  expect(text).toMatch(/http:\/\/localhost:\d+\/articles\/widget-check-firmware/);

  await page.getByRole('button', { name: 'Copy case notes' }).click();
  await expect(page.getByText('Copied. Paste the notes into the support case.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // The URL carries the walk; the browser keeps it for a visit without one.
  await page.reload();
  await expect(page.getByText('3 of 4 checks answered.')).toBeVisible();
  await page.goto(GUIDE);
  await expect(page).toHaveURL(/path=nsn&outcome=widget-solution-firmware$/);
  await expect(check(page, 2)).toContainText('Answer: Skipped');

  // Changing an earlier answer drops the later ones; Start over clears the walk.
  await page.getByRole('button', { name: 'Change the answer to check 2' }).click();
  await expect(page.getByText('1 of 4 checks answered.')).toBeVisible();
  await page.getByRole('button', { name: 'Resolved', exact: true }).click();
  await expect(notes(page)).toHaveValue(/Outcome: resolved at check 2: Read the gateway event log/);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('0 of 4 checks answered.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}$`));
});

test('a cloud’s view leaves out the steps it does not offer', async ({ page }) => {
  await page.goto(`${GUIDE}?cloud=fairfax`);
  await expect(page.getByText('1 step is not offered in Azure Government and left out.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Check the cooling fans/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Not resolved' }).click();
  await expect(page).toHaveURL(/cloud=fairfax&path=n$/);
  await expect(notes(page)).toHaveValue(/Cloud: Azure Government/);
  // Portal links in the steps point into the cloud's portal, as on the article page.
  await page.getByText('Show the check').first().click();
  await expect(page.getByRole('link', { name: 'widget portal' })).toHaveAttribute('href', /portal\.azure\.us/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list filters and the walk moves with plain GET forms', async ({ page }) => {
    await page.goto('/troubleshooters');
    await page.getByRole('combobox', { name: 'Cloud' }).selectOption('fairfax');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/cloud=fairfax/);
    await page.getByRole('link', { name: 'Widget gateway restarts' }).click();
    await page.getByRole('button', { name: 'Not resolved' }).click();
    await expect(page).toHaveURL(/cloud=fairfax&path=n$/);
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.getByText('2 of 3 checks answered.')).toBeVisible();
    await expect(notes(page)).toHaveValue(/2\. Read the gateway event log: Skipped/);
  });
});

test('steps link back to their guide, also when the rule placed them by name stem', async ({ page }) => {
  await page.goto('/articles/widget-check-power');
  await page.getByRole('complementary', { name: 'Troubleshooter' }).getByRole('link', { name: 'Widget gateway restarts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Widget gateway restarts' })).toBeVisible();

  await page.goto('/articles/widget-rollback-restore');
  await page.getByRole('link', { name: 'Roll back a widget firmware update' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /Check that a backup image exists/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Restore the backup image' })).toBeVisible();
});

test('/diagnostics lists the steps the rule could not place, with the reason', async ({ page }) => {
  await page.goto('/diagnostics');
  const section = page.getByRole('region', { name: 'Troubleshooter nodes without a guide' });
  await expect(section).toContainText('No description in contoso.widgets-orphaned-steps-tsg and none elsewhere with the same service, resource and name stem');
  await section.getByText('1 file', { exact: true }).click();
  await expect(section.getByText('contoso.widgets-orphaned-steps-tsg/content-check-cables-1.md')).toBeVisible();
});

// One page per test: an axe scan takes seconds on a busy machine.
for (const path of ['/troubleshooters', `${GUIDE}?path=ns`, `${GUIDE}?path=nsnn&outcome=widget-escalation`]) {
  test(`${path} has no serious accessibility violations and no console errors`, async ({ page }) => {
    test.slow();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('readable at 390 px: nothing in the page is wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/troubleshooters', `${GUIDE}?path=n`]) {
    await page.goto(path);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName),
    );
    expect(wide, path).toEqual([]);
  }
});
