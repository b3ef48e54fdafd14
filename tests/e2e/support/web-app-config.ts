import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/**
 * Playwright settings for any suite that drives the web build in Debian's Chromium (Playwright's own browsers can't be
 * fetched here). Each port gets its own build folder, so runs on different ports never overwrite each other.
 */
export function webAppConfig(suite: { name: string; testDir: string; timeout?: number }): PlaywrightTestConfig {
  const port = Number(process.env.E2E_PORT ?? 4317);
  return defineConfig({
    testDir: suite.testDir,
    outputDir: `test-results/${suite.name}-${port}`,
    timeout: suite.timeout ?? 30_000,
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
      env: { WEB_OUT_DIR: `out/e2e-${port}` },
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  });
}
