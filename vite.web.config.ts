import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webSecurityHeaders } from './shared/security/content-security-policy';

/** The renderer as a plain web app: `npm run web` builds it and serves it on 127.0.0.1. */
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  // WEB_OUT_DIR lets parallel test runs build side by side.
  build: { outDir: resolve(__dirname, process.env.WEB_OUT_DIR ?? 'out/web'), emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true, headers: webSecurityHeaders() },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
});
