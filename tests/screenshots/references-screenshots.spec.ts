import { join } from 'node:path';
import { LibraryPage } from '../e2e/pages/library-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

const LIBRARY_BIB = join(__dirname, '..', 'e2e', 'fixtures', 'rnn-library.bib');

test('screenshots of an abstract a .bib file completed, with its Details, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  await expect(page.getByRole('progressbar', { name: 'Building the search index' })).toHaveCount(0);
  await library.importThroughChooser(LIBRARY_BIB);
  await expect(library.status).toHaveText(/^2 added, 1 merged/);
  await library.openAbstract('Unitary Evolution Recurrent Neural Networks');
  await expect(reader.details).toBeVisible();
  await shootLightAndDark(page, 'reader-details');
});
