import { LibraryPage } from './pages/library-page';
import { ListsPage } from './pages/lists-page';
import { CitationMenus, CLIPBOARD_HTML } from './pages/citation-menus';
import { PalettePage } from './pages/palette-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { CLIPBOARD_TEXT } from './support/in-page';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

const KEY = 'Brutzkus2021Towards';
// Written by hand from APA 7 (author, initial; year; title as the source cased it).
const APA_CITATION = '(Brutzkus, 2021)';
const IEEE_REFERENCE = '[1] A. Brutzkus, “Towards Understanding Learning in Neural Networks with Linear Teachers.” 2021.';
const APA_REFERENCE = 'Brutzkus, A. (2021). Towards Understanding Learning in Neural Networks with Linear Teachers.';

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('Copy citation in the reader puts the APA citation on the clipboard as text and HTML, and the pandoc and LaTeX keys', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const menus = new CitationMenus(page, reader.region);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await reader.editDetails({ 'Citation key': KEY });
  await expect(reader.detail('Citation key')).toContainText(KEY);

  await menus.copyCitation('In-text citation (APA 7th)');
  await expect(page.getByText('Copied APA 7th citation', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(APA_CITATION);
  expect(await page.evaluate<string | null>(CLIPBOARD_HTML)).toContain(APA_CITATION);
  await expect(menus.citationButton).toBeFocused();

  await menus.copyCitation('APA 7th');
  await expect(page.getByText('Copied APA 7th reference', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(APA_REFERENCE);
  // APA sets a stand-alone work's title in italics; only the HTML can say so.
  expect(await page.evaluate<string | null>(CLIPBOARD_HTML)).toContain(
    'Brutzkus, A. (2021). <i>Towards Understanding Learning in Neural Networks with Linear Teachers</i>.',
  );

  await menus.copyCitation('pandoc [@key]');
  await expect(page.getByText('Copied pandoc citation', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(`[@${KEY}]`);

  await menus.copyCitation('LaTeX \\cite{key}');
  await expect(page.getByText('Copied LaTeX citation', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(`\\cite{${KEY}}`);
});

test('the style last used is remembered: the menu opens on it and the palette copies in it', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const menus = new CitationMenus(page, reader.region);
  await library.openAbstract(LINEAR_TEACHERS.title);

  await menus.copyCitation('IEEE');
  await expect(page.getByText('Copied IEEE reference', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(IEEE_REFERENCE);

  await menus.citationButton.click();
  await expect(menus.menu('Copy citation').getByRole('menuitem', { name: 'IEEE', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menus.menu('Copy citation')).toHaveCount(0);

  await new PalettePage(page).run('copy bibliography', 'Copy bibliography (IEEE)');
  await expect(page.getByText('Copied IEEE reference', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(IEEE_REFERENCE);
});

test('Copy bibliography of a selection lists every selected abstract in the style', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await library.option(ENERGY_PROPAGATION.title).click({ modifiers: ['Control'] });
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');
  const menus = new CitationMenus(page, bar);

  await menus.copyBibliography('APA 7th');
  await expect(page.getByText('Copied APA 7th bibliography of 2 abstracts', { exact: true })).toBeVisible();
  // APA orders by author; the snippet has no year: "n.d.".
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(
    `${APA_REFERENCE}\nWiatowski, T., Grohs, P., & Bölcskei, H. (n.d.). Energy Propagation in Deep Convolutional Neural Networks.`,
  );

  await menus.copyCitation('Chicago author-date');
  // The copy reads and formats first: the status line says when the clipboard holds it.
  await expect(page.getByText('Copied Chicago author-date citation of 2 abstracts', { exact: true })).toBeVisible();
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe('(Brutzkus 2021; Wiatowski, Grohs, and Bölcskei, n.d.)');
});

test('Copy bibliography of a reading list lists its abstracts in list order', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const lists = new ListsPage(page);
  await lists.create('Thesis');
  await library.libraryItem.click();
  for (const title of [LINEAR_TEACHERS.title, ENERGY_PROPAGATION.title]) {
    await library.openAbstract(title);
    await reader.region.getByRole('combobox', { name: 'Add to reading list' }).selectOption('Thesis');
  }
  await lists.entry('Thesis').click();
  await expect.poll(() => lists.titles()).toEqual([LINEAR_TEACHERS.title, ENERGY_PROPAGATION.title]);
  const menus = new CitationMenus(page, page.getByRole('group', { name: 'Cite Thesis' }));

  await menus.copyBibliography('Vancouver');
  await expect(page.getByText('Copied Vancouver bibliography of 2 abstracts', { exact: true })).toBeVisible();
  // Vancouver numbers in citation order; a title-only snippet has no date to give.
  expect(await page.evaluate<string>(CLIPBOARD_TEXT)).toBe(
    '1. Brutzkus A. Towards Understanding Learning in Neural Networks with Linear Teachers. 2021.\n' +
      '2. Wiatowski T, Grohs P, Bölcskei H. Energy Propagation in Deep Convolutional Neural Networks.',
  );
  expect(await page.evaluate<string | null>(CLIPBOARD_HTML)).toContain('<div class="csl-left-margin">2.</div>');
});
