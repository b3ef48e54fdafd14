import { ExportDialogPage } from '../e2e/pages/export-dialog';
import { LibraryPage } from '../e2e/pages/library-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of the Export dialog and the Copy citation menu, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const exporter = new ExportDialogPage(page);
  await library.open(SEED_ABSTRACTS);
  await expect(page.getByRole('progressbar', { name: 'Building the search index' })).toHaveCount(0);
  await exporter.open();
  await exporter.format.selectOption({ label: 'Obsidian vault' });
  await shootLightAndDark(page, 'export-dialog');
  await exporter.cancelButton.click();

  await library.openAbstract('Towards Understanding Learning');
  await expect(reader.details).toBeVisible();
  await reader.region.getByRole('button', { name: 'Copy citation', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Copy citation' })).toBeVisible();
  await shootLightAndDark(page, 'copy-citation');
});
