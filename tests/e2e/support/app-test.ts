import { test as base, expect } from '@playwright/test';

/** What a test saw leave the page or go wrong in it; checked after every test. */
export interface PageWatch {
  /** Every URL the page requested. */
  requests: string[];
  /** Requests to anything but the app's own origin (data: and blob: URLs stay in the page). */
  foreignRequests: () => string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

function isLocal(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * The app's Playwright test: each test gets a fresh context (an empty IndexedDB), and fails if
 * a request left the app's origin or the page threw or logged an error.
 */
export const test = base.extend<{ watch: PageWatch; allowedOrigins: string[] }>({
  /** Origins besides the app's that a spec expects the page to reach (a sync server's blob endpoints). */
  allowedOrigins: [[], { option: true }],
  watch: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const origin = new URL(baseURL).origin;
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      const watch: PageWatch = {
        requests,
        errors,
        foreignRequests: () => requests.filter((url) => !isLocal(url, origin) && !allowedOrigins.some((allowed) => isLocal(url, allowed))),
      };
      await use(watch);
      expect(watch.foreignRequests(), 'requests that left the app origin').toEqual([]);
      expect(errors, 'uncaught errors and console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
