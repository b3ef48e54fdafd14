import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { DuplicatesPage } from './pages/duplicates-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { TagsPage } from './pages/tags-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';
import { importBothVersions, JOURNAL, PREPRINT, TITLE } from './support/duplicate-pair';

test('Merge keeps one record with the other one’s tag and highlight, and Undo brings both back', async ({ page }) => {
  // Two imports, two edits, a merge and its undo: more steps than most tests.
  test.setTimeout(60_000);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const tags = new TagsPage(page);
  const annotations = new AnnotationsPage(page);
  const duplicates = new DuplicatesPage(page);
  await library.open(SEED_ABSTRACTS);
  await expect(duplicates.entry).toHaveAccessibleName('Possible duplicates 0', { timeout: 15_000 });
  await importBothVersions(library, reader);

  // The journal version (the newer record, which a merge removes) gets a tag and a highlight.
  await tags.add('to-cite');
  await annotations.highlight('a linear warm-up over the first thousand steps');

  await duplicates.open(1);
  const pair = duplicates.pair(TITLE);
  await expect(pair).toContainText('Same title, 2020 and 2021');
  await expect(pair).toContainText(JOURNAL.details.Authors);
  await expect(pair).toContainText(PREPRINT.file);
  await expect(pair).toContainText(JOURNAL.file);
  await pair.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(duplicates.dialog).toBeVisible();
  // The older record's abstract, the newer one's year.
  await expect(duplicates.field('Abstract').getByRole('radio', { name: /^Learning-rate warm-up/ })).toBeVisible();
  await duplicates.field('Abstract').getByRole('radio', { name: /^Learning-rate warm-up/ }).check();
  await duplicates.field('Year').getByRole('radio', { name: '2021', exact: true }).check();
  await expect(duplicates.field('Authors').getByRole('radio', { name: 'Ana Silva, Jo Lee' })).toBeChecked();
  await duplicates.dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(duplicates.dialog).toBeHidden();
  await expect(page.getByText('Merged duplicates')).toBeVisible();
  await expect(page.getByText('No possible duplicates')).toBeVisible();
  await expect(duplicates.entry).toHaveAccessibleName('Possible duplicates 0');

  await library.libraryItem.click();
  await library.expectCount(SEED_ABSTRACTS + 1);
  await library.openAbstract(TITLE);
  await expect(reader.region).toContainText('Ana Silva, Jo Lee');
  await expect(reader.region).toContainText('2021');
  await expect(reader.paragraphs().first()).toContainText(PREPRINT.start);
  await expect(tags.removeChip('to-cite')).toBeVisible();
  expect(await annotations.markedTexts()).toEqual(['a linear warm-up over the first thousand steps']);

  await library.list.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Merged duplicates')).toBeVisible();
  await library.expectCount(SEED_ABSTRACTS + 2);
  await library.openAbstract(JOURNAL.details.Title);
  await expect(tags.removeChip('to-cite')).toBeVisible();
  expect(await annotations.markedTexts()).toEqual(['a linear warm-up over the first thousand steps']);
  await library.openAbstract(PREPRINT.details.Title);
  await expect(tags.removeChip('to-cite')).toHaveCount(0);
  await duplicates.open(1);
  await expect(duplicates.pairs).toHaveCount(1);
});

test('Not duplicates takes a pair off the list, and it stays off after a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const duplicates = new DuplicatesPage(page);
  await library.open(SEED_ABSTRACTS);
  await importBothVersions(library, reader);

  await duplicates.open(1);
  const notDuplicates = duplicates.pair(TITLE).getByRole('button', { name: 'Not duplicates' });
  await notDuplicates.focus();
  await page.keyboard.press('Enter');
  await expect(duplicates.pairs).toHaveCount(0);
  await expect(page.getByText('No possible duplicates')).toBeVisible();
  await expect(page.getByText('Marked as not duplicates')).toBeVisible();
  await expect(duplicates.entry).toHaveAccessibleName('Possible duplicates 0');
  // With no pair left, focus waits on the view's heading rather than falling to the page.
  await expect(page.getByRole('heading', { name: 'Possible duplicates', level: 2 })).toBeFocused();

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS + 2);
  await duplicates.open(0);
  await expect(page.getByText('No possible duplicates')).toBeVisible();
});

/** Two captures without titles whose texts open with the same long sentence: found by their openings. */
async function importTwoUntitled(library: LibraryPage): Promise<void> {
  const opening = 'We measure how often a desktop reader imports capture files correctly across three operating systems and five text encodings.';
  await library.importThroughChooser([
    { name: 'first-capture.txt', mimeType: 'text/plain', buffer: Buffer.from(`${opening} Most failures come from byte-order marks.`) },
    { name: 'second-capture.txt', mimeType: 'text/plain', buffer: Buffer.from(`${opening} Most failures come from byte order marks and stray tabs.`) },
  ]);
  await library.expectCount(SEED_ABSTRACTS + 2);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in Possible duplicates and the Merge dialog (${colorScheme})`, async ({ page }) => {
    // axe is slow on a busy two-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const duplicates = new DuplicatesPage(page);
    await library.open(SEED_ABSTRACTS);
    await importTwoUntitled(library);
    // The import's warnings panel is the import feature's, checked by its own tests.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await duplicates.open(1);
    await expect(duplicates.pairs.first()).toContainText('Texts open alike');
    expect(await seriousViolations(page)).toEqual([]);

    await duplicates.pairs.first().getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(duplicates.field('Abstract')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(duplicates.dialog).toBeHidden();
    await expect(duplicates.pairs.first().getByRole('button', { name: 'Merge', exact: true })).toBeFocused();
  });
}
