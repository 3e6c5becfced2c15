import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base so the built atlas can be hosted from any sub-path or opened inside an iframe.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
});
