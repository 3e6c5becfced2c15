import { defineConfig } from 'vite';

// Builds the bare MapLibre page into dist/bench-bare/ so the benchmark serves both pages from one origin.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  build: { outDir: '../../dist/bench-bare', emptyOutDir: true },
  logLevel: 'warn',
});
