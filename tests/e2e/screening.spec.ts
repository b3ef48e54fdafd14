import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ReviewsPage, type NewReview } from './pages/reviews-page';
import { ScreeningPage } from './pages/screening-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

const REVIEW: NewReview = {
  name: 'Generalisation in deep nets',
  question: 'What explains how over-parameterised neural networks generalise?',
  inclusion: ['Studies generalisation of neural networks'],
  exclusion: ['Not about neural networks', 'No theory or experiment'],
  includeKeywords: 'neural network*, generalization',
  excludeKeywords: 'survey, kernel',
};

async function startScreening(page: Page): Promise<{ reviews: ReviewsPage; screening: ScreeningPage }> {
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.create(REVIEW, SEED_ABSTRACTS);
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  const screening = new ScreeningPage(page);
  await screening.expectOpen('Title and abstract screening');
  return { reviews, screening };
}

test('screening from the keyboard: include, exclude with a reason, maybe, note, undo, revisit, and it all survives a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { reviews, screening } = await startScreening(page);
  await screening.expectScreened(0, SEED_ABSTRACTS);
  await expect(screening.progress.getByText('Order: Prioritised')).toBeVisible();

  // U never reaches past screening: creating the review, the app's last action, stays done.
  await screening.press('u', 'Nothing to undo');
  await expect(reviews.entry).toHaveAccessibleName('Reviews 1');
  await expect(screening.recordTitle).toBeVisible();
  await expect(screening.region.getByRole('button', { name: 'Include' })).toBeVisible();

  // The keywords are marked in two colours, with a legend.
  await expect(screening.region.getByRole('region', { name: 'Keyword highlights' })).toContainText(
    'neural network*, generalization',
  );
  const recordText = await screening.region.getByRole('article').innerText();
  const includeWords = recordText.match(/\bneural[\s-]+network\w*|\bgeneralization\b/gi) ?? [];
  expect(includeWords.length, 'the first record has a keyword, so the marks are tested').toBeGreaterThan(0);
  await expect(screening.region.getByRole('article').locator('mark.keyword-include')).toHaveText(
    includeWords,
  );
  await expect(screening.region.getByRole('article').locator('mark.keyword-exclude')).toHaveText(
    recordText.match(/\bsurvey\b|\bkernel\b/gi) ?? [],
  );

  const first = await screening.title();
  await screening.decide('i', 'Included');
  await screening.expectScreened(1, SEED_ABSTRACTS);

  const second = await screening.title();
  await page.keyboard.press('e');
  await expect(screening.reasons().getByRole('option')).toHaveText([
    'Enter No reason',
    '1 E1 Not about neural networks',
    '2 E2 No theory or experiment',
  ]);
  await screening.decide('2', 'Excluded: E2 No theory or experiment');
  await expect(screening.reasons()).toBeHidden();

  // Escape leaves the reasons without deciding.
  const third = await screening.title();
  await page.keyboard.press('e');
  await expect(screening.reasons()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(screening.reasons()).toBeHidden();
  await expect(screening.recordTitle).toHaveText(third);
  await screening.expectScreened(2, SEED_ABSTRACTS);

  await screening.decide('m', 'Marked maybe');
  await screening.expectTallies({ included: 1, excluded: 1, maybe: 1 });
  await expect(screening.progress.getByText('2 decisions since the last inclusion')).toBeVisible();

  // U takes the maybe back and shows that record again.
  await screening.press('u', 'Undone');
  await expect(screening.recordTitle).toHaveText(third);
  await screening.expectScreened(2, SEED_ABSTRACTS);

  // ← goes back to the excluded record, showing its decision; the keys work again at once.
  await page.keyboard.press('ArrowLeft');
  await expect(screening.recordTitle).toHaveText(second);
  await expect(screening.region.getByText(/^Decided: Excluded: E2 No theory or experiment/)).toBeVisible();
  await expect(screening.region.getByRole('button', { name: 'Exclude' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // N writes a screening note on the record shown.
  await page.keyboard.press('n');
  const note = screening.region.getByRole('textbox', { name: 'Screening note' });
  await expect(note).toBeFocused();
  await note.fill('Check the full text for the proof');
  await note.press('Enter');
  await expect(screening.announcement).toHaveText('Note saved');
  await expect(screening.region.getByText('Check the full text for the proof')).toBeVisible();

  await page.keyboard.press('ArrowLeft');
  await expect(screening.recordTitle).toHaveText(first);
  // Changing a revisited decision goes back to the first record not yet decided.
  await screening.press('m', 'Marked maybe');
  await expect(screening.recordTitle).toHaveText(third);
  await screening.expectTallies({ included: 0, excluded: 1, maybe: 1 });

  await page.reload();
  await reviews.open();
  await reviews.openReview(REVIEW.name);
  await reviews.expectStage('Title and abstract screening', {
    screened: `2 of ${SEED_ABSTRACTS}`,
    included: 0,
    excluded: 1,
    maybe: 1,
  });
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  await screening.expectOpen('Title and abstract screening');
  await screening.expectScreened(2, SEED_ABSTRACTS);
  await expect(screening.region.getByText(/^Decided:/)).toBeHidden();
  // The records decided before lie behind the one shown, latest decision last.
  await page.keyboard.press('ArrowLeft');
  await expect(screening.recordTitle).toHaveText(first);
  await expect(screening.region.getByText(/^Decided: Marked maybe/)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(screening.recordTitle).toHaveText(second);
  await expect(screening.region.getByText('Check the full text for the proof')).toBeVisible();
});

test('when every record is screened it says so, and the included ones go on to full-text screening', async ({
  page,
}) => {
  // Fifty-odd keystrokes, each waiting for the progress to move, on a shared machine.
  test.setTimeout(90_000);
  const { reviews, screening } = await startScreening(page);
  await screening.decide('i', 'Included');
  await screening.decide('i', 'Included');
  for (let screened = 2; screened < SEED_ABSTRACTS; screened += 1) {
    await page.keyboard.press('e');
    await page.keyboard.press('Enter');
    await screening.expectScreened(screened + 1, SEED_ABSTRACTS);
    // The stopping aid needs twenty decisions, ten of them exclusions, before it estimates.
    if (screened + 1 === 19)
      await expect(screening.progress.getByText('Too few decisions to estimate')).toBeVisible();
    if (screened + 1 === 22)
      await expect(
        screening.progress.getByText(/^About \d+ relevant records? left \(\d+–\d+\)$/),
      ).toBeVisible();
  }
  await expect(screening.progress.getByText('No records left unseen')).toBeVisible();
  await expect(
    screening.region.getByRole('heading', { name: `All ${SEED_ABSTRACTS} records screened` }),
  ).toBeVisible();
  await screening.expectTallies({ included: 2, excluded: SEED_ABSTRACTS - 2, maybe: 0 });
  await expect(
    screening.progress.getByText(`${SEED_ABSTRACTS - 2} decisions since the last inclusion`),
  ).toBeVisible();

  await expect(screening.region.getByRole('button', { name: 'Back to the review' })).toBeFocused();
  await page.keyboard.press('Enter');
  await reviews.expectStage('Title and abstract screening', {
    screened: `${SEED_ABSTRACTS} of ${SEED_ABSTRACTS}`,
    included: 2,
    excluded: SEED_ABSTRACTS - 2,
    maybe: 0,
  });
  await reviews.main.getByRole('button', { name: 'Start full-text screening' }).click();
  await screening.expectOpen('Full-text screening');
  await screening.expectScreened(0, 2);
  await screening.decide('i', 'Included');
  await screening.press('m', 'Marked maybe');
  await expect(screening.region.getByRole('heading', { name: 'All 2 records screened' })).toBeVisible();
});
