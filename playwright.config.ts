/**
 * E2E against production servers on content the specs own (e2e/fixtures/), never the bundled `content/`: editing
 * the demo articles cannot break a test. The build runs only when sources are newer than the last build; Debian's
 * Chromium is used because `playwright install` cannot download browsers here.
 */
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4310);
/** Content of the first server: a copy of the demo site the specs were written against, theirs to change. */
export const SITE_DIR = 'e2e/fixtures/site';
/** Port of the second server, which serves e2e/fixtures/content; specs read it from here. */
export const FIXTURE_PORT = PORT + 1;
/** First port a spec may use for servers of its own (the feedback crash tests start and kill them). */
export const SPARE_PORT = PORT + 2;
const CI = Boolean(process.env.CI);
// Rebuild when any source file is newer than the last build (or there is none). Content is not among them: it is
// read at run time (SELFHELP_CONTENT_DIR, every fs call marked turbopackIgnore), the build embeds none of it.
export const BUILD_IF_NEEDED =
  '[ -f .next/BUILD_ID ] && [ -z "$(find app components lib proxy.ts instrumentation.ts next.config.ts package.json -newer .next/BUILD_ID -print -quit)" ] || npm run build';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two workers on two cores: the servers mostly wait on the browser, and CI must finish in its time budget.
  workers: 2,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `${BUILD_IF_NEEDED} && node scripts/server.mjs`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !CI,
      timeout: 300_000,
      env: { PORT: String(PORT), SELFHELP_CONTENT_DIR: SITE_DIR, SELFHELP_DATA_DIR: 'data/e2e', NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same build serving e2e/fixtures/content: duplicate ids and broken blocks the site must not have.
      // Listed second, so it starts after the first server's build has finished.
      command: 'node scripts/server.mjs',
      url: `http://localhost:${FIXTURE_PORT}/api/health`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      env: {
        PORT: String(FIXTURE_PORT),
        SELFHELP_CONTENT_DIR: 'e2e/fixtures/content',
        SELFHELP_DATA_DIR: 'data/e2e',
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
