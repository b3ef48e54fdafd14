import { join } from 'node:path';
import { LibraryPage } from '../e2e/pages/library-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { expect, test } from '../e2e/support/app-test';
import { FONTS_READY } from '../e2e/support/in-page';
import { ARORA_START, LINEAR_TEACHERS, SEED_ABSTRACTS } from '../e2e/support/seed-facts';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots for the README: library and reader, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);

  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await library.list.focus();
  await expect(reader.title).toHaveText(LINEAR_TEACHERS.title);
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'library-light.png') });

  await library.openAbstract(ARORA_START);
  await expect(reader.region.locator('.katex').first()).toBeVisible();
  await reader.region.focus();
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'reader-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'reader-dark.png') });
});
