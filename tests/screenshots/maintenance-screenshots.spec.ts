import { CheckLibraryPage } from '../e2e/pages/check-library-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { expect, test } from '../e2e/support/app-test';
import { leaveOrphans } from '../e2e/support/damage-library';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of Check library with what it found, light and dark', async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  await expect(page.getByRole('progressbar', { name: 'Building the search index' })).toHaveCount(0);
  await leaveOrphans(page);
  const check = new CheckLibraryPage(page);
  await check.openFromSettings();
  await expect(check.problems.first()).toBeVisible();
  await shootLightAndDark(page, 'check-library');
});
