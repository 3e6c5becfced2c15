import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium against the production build (dist/), one file at a time so two
// software-rendered WebGL contexts never fight over two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
