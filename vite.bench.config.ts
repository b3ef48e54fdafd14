import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The bench page, built beside the web app (same origin, so it shares the app's IndexedDB). */
export default defineConfig({
  root: resolve(__dirname, 'tests/bench/page'),
  base: './',
  build: {
    outDir: resolve(__dirname, 'out/web/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      input: { index: resolve(__dirname, 'tests/bench/page/index.html'), bare: resolve(__dirname, 'tests/bench/page/bare.html') },
    },
  },
  // As the web app builds its workers (vite.web.config.ts): the bench imports through the same parse worker.
  worker: { format: 'es' },
  logLevel: 'warn',
});
