import { join } from 'node:path';
import { CheckLibraryPage } from '../e2e/pages/check-library-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { expect, test } from '../e2e/support/app-test';
import { FONTS_READY } from '../e2e/support/in-page';
import { leaveOrphans } from '../e2e/support/damage-library';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of Check library with what it found, light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  await expect(page.getByRole('progressbar', { name: 'Building the search index' })).toHaveCount(0);
  await leaveOrphans(page);
  const check = new CheckLibraryPage(page);
  await check.openFromSettings();
  await expect(check.problems.first()).toBeVisible();
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'check-library-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'check-library-dark.png') });
});
