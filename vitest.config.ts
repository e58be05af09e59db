import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // `server-only` throws outside a React server bundle; tests run the loader directly.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'components/**/*.test.ts', 'components/**/*.test.tsx', 'bench/**/*.test.ts'],
    exclude: ['test/corpus/**', 'node_modules/**'],
    environment: 'node',
  },
});
