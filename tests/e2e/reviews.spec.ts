import { LibraryPage } from './pages/library-page';
import { ReviewsPage, type NewReview } from './pages/reviews-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

const SLEEP_REVIEW: NewReview = {
  name: 'Generalisation in deep nets',
  question: 'What explains how over-parameterised neural networks generalise?',
  inclusion: ['Studies generalisation of neural networks'],
  exclusion: ['Not about neural networks', 'No theory or experiment', 'Survey only'],
  includeKeywords: 'generalization, overparameterized',
  excludeKeywords: 'survey',
};

test('New review says what is missing inline and writes nothing until it is fixed', async ({ page }) => {
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await expect(page.getByText('No reviews yet')).toBeVisible();

  await reviews.newReviewButton.click();
  await reviews.dialog.getByRole('button', { name: 'Add exclusion criterion' }).click();
  await reviews.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(reviews.dialog.getByRole('alert')).toHaveText('Fix the fields marked above to create the review.');
  await expect(reviews.dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Give the review a name.');
  await expect(reviews.dialog.getByRole('textbox', { name: 'Exclusion criterion 1 label' })).toHaveAccessibleDescription('Say what this criterion means.');
  await reviews.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No reviews yet')).toBeVisible();
  await expect(reviews.entry).toHaveAccessibleName('Reviews');
});

test('a review is created on the seed library, opens, and Undo takes it back', async ({ page }) => {
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.create(SLEEP_REVIEW, SEED_ABSTRACTS);
  await expect(reviews.main.getByText(SLEEP_REVIEW.question)).toBeVisible();
  await reviews.expectStage('Title and abstract screening', { screened: `0 of ${SEED_ABSTRACTS}`, included: 0, excluded: 0, maybe: 0 });
  await expect(reviews.main.getByRole('button', { name: 'Start full-text screening' })).toBeDisabled();
  await expect(reviews.entry).toHaveAccessibleName('Reviews 1');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reviews.entry).toHaveAccessibleName('Reviews');
});
