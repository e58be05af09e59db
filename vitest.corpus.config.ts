import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The real-corpus runs: they need ../shared/corpus, so they live outside `npm test`.
export default mergeConfig(base, defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
}));
