import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real-corpus runs: they need ../shared/corpus, so they live outside `npm test` (see vitest.config.ts).
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
