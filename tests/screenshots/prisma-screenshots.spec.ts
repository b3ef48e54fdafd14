import { LibraryPage } from '../e2e/pages/library-page';
import { PrismaDialogPage } from '../e2e/pages/prisma-dialog';
import { ReviewsPage } from '../e2e/pages/reviews-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 860 } });

test('screenshots of the PRISMA diagram dialog, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  const prisma = new PrismaDialogPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.create(
    { name: 'Generalisation in deep nets', question: 'What explains how deep nets generalise?', inclusion: ['Studies generalisation'], exclusion: ['Not about neural networks', 'Survey only'] },
    SEED_ABSTRACTS,
  );
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  for (const [index, keys] of [['i'], ['e', '1'], ['i'], ['e', '2'], ['e', '1'], ['m']].entries()) {
    const title = await reviews.recordHeading.innerText();
    for (const key of keys) await page.keyboard.press(key);
    await reviews.expectScreening(index + 1, SEED_ABSTRACTS);
    await expect(reviews.recordHeading).not.toHaveText(title);
  }
  await reviews.screening.getByRole('button', { name: 'Back to the review' }).first().click();
  await prisma.open();
  await expect(prisma.diagram).toHaveJSProperty('naturalWidth', 786);
  await shootLightAndDark(page, 'prisma-dialog');
});
