import { escapeRegExp, LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { ARORA_START, ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('nothing is open at first, and the reader says how to open an abstract', async ({ page }) => {
  const reader = new ReaderPage(page);
  await expect(reader.region).toContainText('Nothing open');
  await expect(reader.title).toHaveCount(0);
});

test('the linear-teachers abstract shows its title, author, year and text', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);

  await expect(reader.region.getByRole('heading', { name: LINEAR_TEACHERS.title })).toBeVisible();
  await expect(reader.region).toContainText(LINEAR_TEACHERS.author);
  await expect(reader.region).toContainText(LINEAR_TEACHERS.year);
  await expect(reader.paragraphs().first()).toHaveText(
    new RegExp(`^${LINEAR_TEACHERS.textStart.replace('?', '\\?')}`),
  );
  await expect(reader.paragraphs().first()).toHaveAttribute('dir', 'auto');
  await expect(library.option(LINEAR_TEACHERS.title)).toHaveAttribute('aria-selected', 'true');

  const alsoIn = reader.section('Also in');
  await expect(alsoIn.getByRole('button', { name: LINEAR_TEACHERS.captureFile, exact: true })).toBeVisible();
  // The page's related abstracts are one click away.
  const samePage = reader.section('On the same page');
  await samePage.getByRole('button', { name: escapeRegExp(ARORA_START) }).click();
  await expect(reader.title).toHaveText(escapeRegExp(ARORA_START));
});

test('the Arora et al. abstract renders its math with KaTeX', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ARORA_START);

  await expect(reader.title).toHaveText(escapeRegExp(ARORA_START));
  const fraction = reader.region.locator('.katex .mfrac').first();
  await expect(fraction).toBeVisible();
  await expect(reader.region.locator('.katex math mfrac').first()).toBeAttached();
  // No TeX source is left as plain text: every formula was typeset.
  expect(await reader.textWithoutMath()).not.toMatch(/frac\{|\$/);
  await expect(reader.region.locator('.math-fallback')).toHaveCount(0);
});

test('Show capture opens the raw capture with this record marked', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);

  await reader.region.getByRole('button', { name: `Show capture ${LINEAR_TEACHERS.captureFile}` }).click();
  await expect(reader.captureDialog).toBeVisible();
  await expect(
    reader.captureDialog.getByRole('heading', { name: LINEAR_TEACHERS.captureFile }),
  ).toBeVisible();
  const mark = reader.captureDialog.locator('mark');
  await expect(mark).toHaveText(new RegExp(`^${LINEAR_TEACHERS.textStart.replace('?', '\\?')}`));
  await expect(mark).toBeInViewport();
  // The raw page keeps its chrome; only the marked span is the abstract.
  await expect(reader.captureDialog).toContainText('mircosoft-partner');
  await page.keyboard.press('Escape');
  await expect(reader.captureDialog).toHaveCount(0);
});

test('a snippet says it is one, and its list row carries the badge', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const snippetStart = 'Recurrent neural networks (RNNs) are notoriously difficult to train';
  await library.openAbstract(snippetStart);
  await expect(reader.region).toContainText('This is a snippet');
  await expect(library.option(snippetStart)).toContainText('snippet');
});

test('the list moves with arrows and j/k, jumps with Home/End, and Enter opens', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.list.focus();
  const options = library.list.getByRole('option');
  const selected = library.list.getByRole('option', { selected: true });

  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await expect(selected).toHaveAttribute('aria-posinset', '3');
  await page.keyboard.press('k');
  await expect(selected).toHaveAttribute('aria-posinset', '2');
  await expect(library.list).toHaveAttribute(
    'aria-activedescendant',
    (await selected.getAttribute('id')) ?? '',
  );
  await page.keyboard.press('End');
  await expect(selected).toHaveAttribute('aria-posinset', String(SEED_ABSTRACTS));
  await expect(selected).toBeInViewport();
  const lastTitle = (await selected.locator('.abstract-option-title').innerText()).trim();
  await page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(lastTitle);
  await page.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(options.first()).toBeInViewport();
});

test('sorting by title and by year reorders the list', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.sortSelect.selectOption('Title');
  const titles = (await library.allOptions()).map((option) => option.title.toLowerCase());
  expect(titles).toHaveLength(SEED_ABSTRACTS);
  // IndexedDB orders strings by UTF-16 code units, and so does Array#sort.
  expect(titles).toEqual([...titles].sort());

  // Newest first; abstracts without a year come last.
  await library.sortSelect.selectOption('Year');
  await expect(library.list.getByRole('option').first()).toHaveAttribute('aria-posinset', '1');
  const years = (await library.allOptions()).map((option) =>
    Number(/ · (\d{4})\b/.exec(option.text)?.[1] ?? 0),
  );
  expect(years[0]).toBe(2021);
  expect(years).toEqual([...years].sort((a, b) => b - a));
});

test('Edit details saves title, authors and year, and rejects a bad year clearly', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await expect(reader.region).toContainText(ENERGY_PROPAGATION.authors);

  await reader.editButton.click();
  await expect(reader.field('Title')).toBeFocused();
  await reader.field('Year').fill('20x6');
  await reader.field('Year').press('Enter');
  await expect(reader.region.getByRole('alert')).toContainText('is not a year');
  await expect(reader.field('Year')).toHaveAttribute('aria-invalid', 'true');

  await reader.field('Year').fill('2016');
  await reader.field('Year').press('Enter');
  await expect(reader.editButton).toBeFocused();
  await expect(reader.region).toContainText('2016');
  await expect(library.option(ENERGY_PROPAGATION.title)).toContainText('2016');

  // Escape leaves the form without saving.
  await reader.editButton.click();
  await reader.field('Title').fill('A title that is never saved');
  await reader.field('Title').press('Escape');
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
});
