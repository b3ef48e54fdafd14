import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
/** Each port gets its own build folder, so test runs on different ports never overwrite each other. */
const outDir = `out/e2e-${port}`;

/** End-to-end tests of the web build in Debian's Chromium (Playwright's own browsers can't be fetched here). */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e-${port}`,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite build -c vite.web.config.ts --logLevel warn && npx vite preview -c vite.web.config.ts --port ${port} --strictPort`,
    env: { WEB_OUT_DIR: outDir },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
