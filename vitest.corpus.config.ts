import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real-corpus runs: they need ../shared/corpus, so they live outside `npm test` (see vitest.config.ts).

// React's production build and JSX, as the server runs them: the fuzz renders 10,000 pages, which the development
// build (its checks and warnings) made 2.5 times slower (7.7 against 3.0 ms a page). Set before Vite reads it.
Object.assign(process.env, { NODE_ENV: 'production' });
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['test/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // Two suites at a time, one per core (each is single-threaded; the fuzz is split in two for this).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
