/**
 * Browser checks on the real corpus (../shared/corpus, or SELFHELP_CORPUS): a production server over its articles,
 * and pages the project has never seen opened in Chromium at phone width in each theme. Part of `npm run
 * test:corpus`, after the vitest corpus suites; it needs the corpus, so it is not in `npm test`.
 */
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { BUILD_IF_NEEDED } from './playwright.config';
import { CORPUS_ROOT } from './test/corpus/corpus';

const PORT = Number(process.env.E2E_CORPUS_PORT ?? 4320);
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e-corpus',
  outputDir: 'test-results/corpus',
  workers: 1,
  retries: 0,
  forbidOnly: CI,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `${BUILD_IF_NEEDED} && node scripts/server.mjs`,
    // Ready once the catalog has loaded (the first filtered answer), not merely listening.
    url: `http://localhost:${PORT}/api/ready`,
    reuseExistingServer: false,
    timeout: 300_000,
    env: {
      PORT: String(PORT),
      SELFHELP_CONTENT_DIR: join(CORPUS_ROOT, 'articles'),
      SELFHELP_DATA_DIR: 'data/e2e-corpus',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
