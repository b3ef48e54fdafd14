import { defineConfig } from '@playwright/test';

/** The Electron smoke test: it launches the built app where an Electron binary exists. */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  workers: 1,
});
