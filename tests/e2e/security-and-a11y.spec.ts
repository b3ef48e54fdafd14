import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { FONTS_READY } from './support/in-page';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { ARORA_START, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

test('no request leaves the app origin, through first run, reading, math and import', async ({
  page,
  watch,
  baseURL,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(ARORA_START);
  await expect(reader.region.locator('.katex').first()).toBeVisible();
  await page.evaluate(FONTS_READY);
  await library.importThroughChooser(join(__dirname, 'fixtures', 'portal-new-page.txt'));
  await expect(library.status).toContainText('added');

  // The check is not vacuous: the app fetched its scripts, styles, seeds and KaTeX fonts.
  const own = watch.requests.filter((url) => baseURL !== undefined && url.startsWith(baseURL));
  expect(own.some((url) => /\.js$/.test(url))).toBe(true);
  expect(own.some((url) => /\.txt$/.test(url))).toBe(true);
  expect(own.some((url) => /KaTeX_.*\.woff2$/.test(url))).toBe(true);
  expect(watch.foreignRequests()).toEqual([]);
});

test('the page declares a strict Content-Security-Policy', async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/unsafe-eval/);
  // Only connections may leave the app's origin, and only to a sync server (shared/security/content-security-policy.ts).
  const others = (policy ?? '').split(';').filter((directive) => !directive.trim().startsWith('connect-src'));
  expect(others.join(';')).not.toMatch(/https?:|wss?:/);
});

test('the web server sends the app’s Content-Security-Policy as a header, with nosniff, to pages and workers', async ({
  page,
}) => {
  const workerScript = page.waitForResponse((response) => /\.worker[^/]*\.js$/.test(response.url()));
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(contentSecurityPolicy());
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  // Under that header the app still starts, runs its workers and shows the library.
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  expect((await workerScript).headers()['content-security-policy']).toBe(contentSecurityPolicy());
});

test('another page cannot frame the app', async ({ page, baseURL, watch }) => {
  await page.setContent(`<iframe title="framed Lectern" src="${baseURL}/"></iframe>`);
  // Chromium reports the refusal on the console; that refusal is what this test expects.
  const isRefusal = (error: string): boolean => error.includes("frame-ancestors 'none'");
  await expect.poll(() => watch.errors.some(isRefusal)).toBe(true);
  await expect(
    page.frameLocator('iframe[title="framed Lectern"]').getByRole('listbox', { name: 'Abstracts' }),
  ).toHaveCount(0);
  const others = watch.errors.filter((error) => !isRefusal(error));
  watch.errors.splice(0, watch.errors.length, ...others);
});

test('imported text is shown as text, never run as markup', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  const hostile =
    '\ufefb يوجد ملخص باللغة العربية\nWe show that <script>window.pwned = true</script> and <img src=x onerror="window.pwned = true"> stay words in an abstract, and so does javascript:alert(1), because imported text is never markup in this reader at all.\n';
  await library.importThroughChooser({
    name: 'hostile.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(hostile),
  });
  await expect(library.status).toHaveText(/^1 added/);
  await library.openAbstract('We show that <script>');
  await expect(reader.paragraphs().first()).toContainText('<img src=x onerror="window.pwned = true">');
  await expect(reader.region.locator('script, img')).toHaveCount(0);
  expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in the main view (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const reader = new ReaderPage(page);
    await library.open(SEED_ABSTRACTS);
    expect(await seriousViolations(page)).toEqual([]);

    await library.openAbstract(LINEAR_TEACHERS.title);
    await library.list.focus();
    await expect(reader.title).toHaveText(LINEAR_TEACHERS.title);
    expect(await seriousViolations(page)).toEqual([]);

    await reader.editButton.click();
    await reader.field('Year').fill('year two');
    await reader.field('Year').press('Enter');
    await expect(reader.region.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
