import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { LibraryPage } from './pages/library-page';
import { ReviewsPage, type NewReview } from './pages/reviews-page';
import { expect, test } from './support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { PalettePage } from './pages/palette-page';
import { SearchPage } from './pages/search-page';

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
  await reviews.dialog.getByRole('textbox', { name: 'Name' }).fill('Nothing found');
  await reviews.dialog.getByRole('textbox', { name: 'Question' }).fill('Does anything match?');
  await reviews.dialog.getByRole('textbox', { name: 'Exclusion criterion 1 label' }).fill('Off topic');
  await reviews.dialog.getByRole('combobox', { name: 'Records' }).selectOption('Search');
  await reviews.dialog.getByRole('textbox', { name: 'Search' }).fill('zebrafish');
  await expect(reviews.dialog.getByText('0 records selected')).toBeVisible();
  await reviews.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(reviews.dialog.getByText('No records match this choice.')).toBeVisible();
  await reviews.dialog.getByRole('textbox', { name: 'Search' }).fill('convolutional');
  await expect(reviews.dialog.getByText(/^[1-9]\d* records? selected$/)).toBeVisible();
  await expect(reviews.dialog.getByText('No records match this choice.')).toBeHidden();
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

test('screening from the keyboard: five decisions, one undone, all kept across a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  await library.open(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.create(SLEEP_REVIEW, SEED_ABSTRACTS);
  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  await expect(reviews.screening.getByRole('button', { name: 'Include' })).toBeVisible();
  await expect(reviews.screening.getByRole('button', { name: 'Exclude' })).toBeVisible();
  await expect(reviews.screening.getByRole('button', { name: 'Maybe' })).toBeVisible();
  await reviews.expectScreening(0, SEED_ABSTRACTS);

  // I; E then 2; M; I; E then 2: each shows the next record at once.
  const decisions: string[][] = [['i'], ['e', '2'], ['m'], ['i'], ['e', '2']];
  const titles: string[] = [];
  for (const [index, keys] of decisions.entries()) {
    const title = await reviews.recordHeading.innerText();
    titles.push(title);
    for (const key of keys) await page.keyboard.press(key);
    await reviews.expectScreening(index + 1, SEED_ABSTRACTS);
    await expect(reviews.recordHeading).not.toHaveText(title);
  }
  expect(new Set(titles).size).toBe(5);
  await reviews.expectTallies({ included: 2, excluded: 2, maybe: 1 });

  // U takes back the last exclusion and shows its record again.
  await page.keyboard.press('u');
  await reviews.expectScreening(4, SEED_ABSTRACTS);
  await reviews.expectTallies({ included: 2, excluded: 1, maybe: 1 });
  await expect(reviews.recordHeading).toHaveText(titles[4] ?? '');

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await reviews.open();
  await expect(reviews.main.getByRole('list', { name: 'Reviews' })).toContainText(`4 of ${SEED_ABSTRACTS} screened`);
  await reviews.openReview(SLEEP_REVIEW.name);
  await reviews.expectStage('Title and abstract screening', { screened: `4 of ${SEED_ABSTRACTS}`, included: 2, excluded: 1, maybe: 1 });
  await reviews.expectStage('Full-text screening', { screened: '0 of 2', included: 0, excluded: 0, maybe: 0 });
  await expect(reviews.main.getByRole('button', { name: 'Start full-text screening' })).toBeEnabled();

  await reviews.main.getByRole('button', { name: 'Start screening' }).click();
  await reviews.expectScreening(4, SEED_ABSTRACTS);
  await reviews.expectTallies({ included: 2, excluded: 1, maybe: 1 });
  await reviews.screening.getByRole('button', { name: 'Back to the review' }).click();
  await expect(reviews.reviewHeading(SLEEP_REVIEW.name)).toBeVisible();

  // PRISMA: one seed abstract is in two captures, so 27 identified and 1 duplicate removed; 3 screened (2 included, 1 excluded for E2), the maybe and 22 others awaiting; 2 reports sought.
  await reviews.main.getByRole('button', { name: 'PRISMA diagram' }).click();
  const prisma = page.getByRole('dialog', { name: 'PRISMA diagram' });
  const counts = prisma.getByRole('table', { name: 'PRISMA counts' });
  const expected: [string, number][] = [
    ['Records identified (total)', SEED_ABSTRACTS + 1],
    ['Duplicate records removed', 1],
    ['Records screened', 3],
    ['Records excluded', 1],
    [`Records excluded: E2 ${SLEEP_REVIEW.exclusion[1]}`, 1],
    ['Records awaiting screening: marked maybe', 1],
    ['Records awaiting screening: not yet screened', SEED_ABSTRACTS - 4],
    ['Reports sought for retrieval', 2],
    ['Reports assessed for eligibility', 0],
    ['Studies included in review', 0],
  ];
  for (const [item, count] of expected) {
    await expect(counts.getByRole('row', { name: item, exact: false }).filter({ has: page.getByRole('rowheader', { name: item, exact: true }) }).getByRole('cell').last()).toHaveText(String(count));
  }

  const downloading = page.waitForEvent('download');
  await prisma.getByRole('button', { name: 'Download SVG' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg).toMatch(/^<svg|^<\?xml/);
  const nbsp = '\u00a0';
  for (const figure of [`Total (n${nbsp}=${nbsp}${SEED_ABSTRACTS + 1})`, `Records screened (n${nbsp}=${nbsp}3)`, `Records excluded (n${nbsp}=${nbsp}1)`, `Reports sought for retrieval (n${nbsp}=${nbsp}2)`, `Studies included in review (n${nbsp}=${nbsp}0)`]) {
    expect(svg).toContain(figure);
  }
  expect(svg).toContain(SLEEP_REVIEW.name);
});

test('the palette opens New review; records from one source; edited, records added and taken back; the order is kept; Delete review can be undone; its records show in the library', async ({ page }) => {
  // Many steps, two reloads and a search index build on a shared two-core machine.
  test.setTimeout(90_000);
  const library = new LibraryPage(page);
  const reviews = new ReviewsPage(page);
  const palette = new PalettePage(page);
  const search = new SearchPage(page);
  await library.open(SEED_ABSTRACTS);
  await palette.run('new review', 'New review');
  await expect(reviews.dialog).toBeVisible();
  await reviews.dialog.getByRole('textbox', { name: 'Name' }).fill('Linear teachers');
  await reviews.dialog.getByRole('textbox', { name: 'Question' }).fill('Do networks learn linearly separable data?');
  await reviews.dialog.getByRole('combobox', { name: 'Records' }).selectOption('Source');
  await reviews.dialog.getByRole('combobox', { name: 'Source' }).selectOption({ label: `${LINEAR_TEACHERS.captureFile} (6)` });
  await expect(reviews.dialog.getByText('6 records selected')).toBeVisible();
  await reviews.dialog.getByRole('button', { name: 'Create' }).click();
  await expect(reviews.reviewHeading('Linear teachers')).toBeVisible();
  await expect(reviews.main.getByText(`Source ${LINEAR_TEACHERS.captureFile}`)).toBeVisible();
  await reviews.expectStage('Title and abstract screening', { screened: '0 of 6', included: 0, excluded: 0, maybe: 0 });

  await reviews.main.getByRole('button', { name: 'Edit review' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit review' });
  await expect(edit.getByRole('textbox', { name: 'Name' })).toHaveValue('Linear teachers');
  await edit.getByRole('textbox', { name: 'Question' }).fill('Can a network learn linearly separable data?');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(reviews.main.getByText('Can a network learn linearly separable data?')).toBeVisible();

  await reviews.main.getByRole('button', { name: 'Add records' }).click();
  const add = page.getByRole('dialog', { name: 'Add records' });
  await add.getByRole('combobox', { name: 'Records' }).selectOption('Source');
  await add.getByRole('combobox', { name: 'Source' }).selectOption({ label: '002_5a15cb1a17bda28b.txt (3)' });
  await expect(add.getByText('3 records selected')).toBeVisible();
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add).toBeHidden();
  await reviews.expectStage('Title and abstract screening', { screened: '0 of 9', included: 0, excluded: 0, maybe: 0 });
  await expect(reviews.main.getByText('Source 002_5a15cb1a17bda28b.txt')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await reviews.expectStage('Title and abstract screening', { screened: '0 of 6', included: 0, excluded: 0, maybe: 0 });
  await expect(reviews.main.getByText('Source 002_5a15cb1a17bda28b.txt')).toBeHidden();

  await reviews.main.getByRole('combobox', { name: 'Order' }).selectOption('Oldest first');
  // The toast shows once the choice is stored; reloading before then would race the write.
  await expect(page.getByText('Changed the screening order of Linear teachers')).toBeVisible();
  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await reviews.open();
  await reviews.openReview('Linear teachers');
  await expect(reviews.main.getByRole('combobox', { name: 'Order' })).toHaveValue('oldest');

  await reviews.main.getByRole('button', { name: 'Delete review' }).click();
  await expect(page.getByText('No reviews yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(reviews.main.getByRole('list', { name: 'Reviews' })).toContainText('0 of 6 screened');

  await reviews.openReview('Linear teachers');
  await reviews.main.getByRole('button', { name: 'Show records in library' }).click();
  await expect(search.box).toHaveValue('review:"Linear teachers"');
  await expect(search.results()).toHaveCount(6);
  await expect(search.result(LINEAR_TEACHERS.title)).toBeVisible();
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in Reviews, New review, a review page and screening mode (${colorScheme})`, async ({ page }) => {
    // axe is slow on a busy two-core machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const reviews = new ReviewsPage(page);
    await library.open(SEED_ABSTRACTS);
    await reviews.open();
    await reviews.fillNewReview(SLEEP_REVIEW, SEED_ABSTRACTS);
    await reviews.dialog.getByRole('textbox', { name: 'Name' }).fill('');
    await reviews.dialog.getByRole('button', { name: 'Create' }).click();
    await expect(reviews.dialog.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await reviews.dialog.getByRole('textbox', { name: 'Name' }).fill(SLEEP_REVIEW.name);
    await reviews.dialog.getByRole('button', { name: 'Create' }).click();
    await expect(reviews.reviewHeading(SLEEP_REVIEW.name)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await reviews.main.getByRole('button', { name: 'Start screening' }).click();
    await expect(page.getByRole('region', { name: 'Screening' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await reviews.open();
    await expect(reviews.main.getByRole('list', { name: 'Reviews' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
