import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // Bundled, not required at run time: the BibTeX parser's CommonJS build cannot be loaded by Node.
      externalizeDeps: { exclude: ['@retorquere/bibtex-parser', '@citation-js/core', '@citation-js/plugin-ris', 'papaparse'] },
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main.ts'), 'parse-worker': resolve(__dirname, 'electron/parse-worker.ts') },
      },
    },
  },
  preload: {
    build: { outDir: 'out/preload', rollupOptions: { input: { index: resolve(__dirname, 'electron/preload.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    worker: { format: 'es' },
    build: { outDir: 'out/renderer', rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
});
