import { defineConfig } from 'vitest/config';

// Unit and data-contract tests. Browser tests have their own config (tests/e2e/vitest.config.ts).
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'geo/**/*.test.ts',
      'tests/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'tests/e2e/**', 'dist/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
