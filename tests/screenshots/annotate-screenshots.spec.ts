import { join } from 'node:path';
import { AnnotationsPage } from '../e2e/pages/annotations-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { expect, test } from '../e2e/support/app-test';
import { FONTS_READY, type ScrollBox } from '../e2e/support/in-page';
import { ARORA_START, SEED_ABSTRACTS } from '../e2e/support/seed-facts';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots for the README: the reader with highlights, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const annotations = new AnnotationsPage(page);

  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(ARORA_START);
  await expect(reader.region.locator('.katex').first()).toBeVisible();

  await annotations.highlight('We give an algorithm to train', { to: 'one hidden layer', color: 'blue' });
  await annotations.highlight('for every natural number', { to: 'total size', color: 'yellow' });
  await annotations.highlight('representable by a ReLU DNN', { color: 'green' });
  await annotations.highlight('Our construction utilizes the theory of zonotopes', { color: 'pink' });
  await expect(annotations.items()).toHaveCount(4);

  const comment = annotations.comment(annotations.item('We give an algorithm to train a ReLU DNN with one hidden layer'));
  await comment.click();
  await page.keyboard.type('Global optimum in time **polynomial** in the data size, exponential in the input dimension $d$. ');
  await annotations.note.click();
  await page.keyboard.type('## Takeaway');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Exact training is polynomial in data size for one hidden layer.');
  await annotations.body.click({ position: { x: 2, y: 2 } });

  // Show the text with its marks and the top of the Annotations panel.
  await reader.region.evaluate((el: ScrollBox) => el.scrollTo({ top: 420 }));
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'reader-highlights-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'reader-highlights-dark.png') });
});
