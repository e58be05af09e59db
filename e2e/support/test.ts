/**
 * The `test` every spec uses: Playwright's, plus a check after each test that the page raised no Content-Security-
 * Policy violation (Chromium reports each as a console error), and helpers for the portal's popover menus.
 */
import { test as base, expect, type Page } from '@playwright/test';

export type { Page };
export { expect };

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the top bar's theme menu and picks a theme by its button name ("Dark theme"). */
export async function chooseTheme(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Theme: / }).click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** Opens the blade header's cloud picker and picks a cloud by its display name ("Azure Government", "All clouds"). */
export async function chooseCloud(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Cloud: / }).click();
  await page.locator('#cloud-menu').getByRole('link', { name, exact: true }).click();
}
