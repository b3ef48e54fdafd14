import { LibraryPage } from '../e2e/pages/library-page';
import { ReviewsPage, type NewReview } from '../e2e/pages/reviews-page';
import { expect, test } from '../e2e/support/app-test';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

const REVIEW: NewReview = {
  name: 'Generalisation in deep nets',
  question: 'What explains how over-parameterised neural networks generalise, in theory and in experiments?',
  inclusion: ['Studies generalisation of neural networks'],
  exclusion: ['Not about neural networks', 'No theory or experiment', 'Survey or position paper'],
  includeKeywords: 'neural networks, generalization, depth',
  excludeKeywords: 'survey, quantum',
};

test('screenshots for the README: Reviews, New review, a review page and screening mode, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  await reviews.open();

  await reviews.fillNewReview(REVIEW, SEED_ABSTRACTS);
  await page.mouse.move(0, 0);
  await shootLightAndDark(page, 'new-review');

  await page.emulateMedia({ colorScheme: 'light' });
  await reviews.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(reviews.reviewHeading(REVIEW.name)).toBeVisible();
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  const screening = page.getByRole('region', { name: 'Screening' });
  await expect(screening).toBeVisible();
  await reviews.expectScreening(0, SEED_ABSTRACTS);
  for (const key of ['i', 'e', '2', 'm', 'i', 'e', '1', 'e', '3']) await page.keyboard.press(key);
  await reviews.expectScreening(6, SEED_ABSTRACTS);
  await page.mouse.move(0, 0);
  await shootLightAndDark(page, 'screening');

  await page.emulateMedia({ colorScheme: 'light' });
  await screening.getByRole('button', { name: 'Back to the review' }).click();
  await expect(reviews.reviewHeading(REVIEW.name)).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await shootLightAndDark(page, 'review');

  await page.emulateMedia({ colorScheme: 'light' });
  await reviews.open();
  await shootLightAndDark(page, 'reviews');
});
