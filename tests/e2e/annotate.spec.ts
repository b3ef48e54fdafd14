import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { pasteHtml } from './support/in-page';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { expectNoUnsafeUrl, expectOnlyTheWebLink, PASTED_LINKS_HTML } from './support/unsafe-links';

const FIRST_SENTENCE = LINEAR_TEACHERS.textStart;
const RNN_SNIPPET = 'Recurrent neural networks (RNNs) are notoriously difficult to train';
const RNN_FULL_TEXT = join(__dirname, 'fixtures', 'rnn-full-text.txt');

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('selecting a sentence and pressing Highlight marks exactly that sentence', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);

  await annotations.highlight(FIRST_SENTENCE);
  await expect(annotations.marks()).toHaveCount(1);
  await expect(annotations.marks()).toHaveText(FIRST_SENTENCE);
  // The Annotations panel lists it with its quote.
  await expect(annotations.items()).toHaveCount(1);
  await expect(annotations.items().first().getByRole('button', { name: FIRST_SENTENCE })).toBeVisible();

  // Keyboard: h highlights the selection; a colour from the toolbar is remembered.
  await annotations.select('we prove that');
  await page.keyboard.press('h');
  await expect.poll(() => annotations.markedTexts()).toEqual([FIRST_SENTENCE, 'we prove that']);
  await annotations.highlight('cross-entropy learn', { color: 'green' });
  await expect(annotations.body.locator('mark.hl-green')).toHaveText('cross-entropy learn');
  // The overlap stays readable: the inner mark is nested in the outer one and underlined.
  await expect(annotations.body.locator('mark.hl-yellow mark.hl-green[data-overlap]')).toHaveCount(1);
  await expect(annotations.items()).toHaveCount(3);

  // Clicking a mark selects its annotation in the panel.
  await annotations.body.locator('mark.hl-green').click();
  await expect(annotations.item('cross-entropy learn')).toBeFocused();
  await expect(annotations.item('cross-entropy learn')).toHaveAttribute('data-selected', 'true');

  // Filter by colour.
  await annotations.panel.getByRole('radiogroup', { name: 'Filter by colour' }).getByRole('radio', { name: /^Green/ }).click();
  await expect(annotations.items()).toHaveCount(1);
  await annotations.panel.getByRole('radiogroup', { name: 'Filter by colour' }).getByRole('radio', { name: 'All' }).click();
  await expect(annotations.items()).toHaveCount(3);

  // Edit the colour.
  await annotations.item('we prove that').getByRole('radio', { name: 'Purple' }).click();
  await expect(annotations.body.locator('mark.hl-purple')).toHaveText('we prove that');
});

test('the comment and the note survive a reload, with rich text and math', async ({ page }) => {
  const library = new LibraryPage(page);
  const annotations = new AnnotationsPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);

  const comment = annotations.comment(annotations.items().first());
  await comment.click();
  await page.keyboard.type('The **key** question and $x^2$ ok');
  await expect(comment.locator('strong, .editor-bold')).toHaveText('key');
  await expect(comment.locator('.katex')).toHaveCount(1);

  await annotations.note.click();
  await page.keyboard.type('# Summary');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Linear teachers are learnable.');
  await expect(annotations.note.getByRole('heading', { name: 'Summary' })).toBeVisible();

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await expect(annotations.note).toContainText('Linear teachers are learnable.');
  await expect(annotations.note.getByRole('heading', { name: 'Summary' })).toBeVisible();
  const reloaded = annotations.comment(annotations.items().first());
  await expect(reloaded).toContainText('The key question and');
  await expect(reloaded.locator('.katex')).toHaveCount(1);
  await expect(annotations.marks()).toHaveText(FIRST_SENTENCE);
});

test('delete, then Undo, restores the highlight (toast and Ctrl+Z)', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);

  await annotations.items().first().getByRole('button', { name: 'Delete highlight' }).click();
  await expect(annotations.items()).toHaveCount(0);
  await expect(annotations.marks()).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(annotations.marks()).toHaveText(FIRST_SENTENCE);
  await expect(annotations.items()).toHaveCount(1);

  await annotations.items().first().getByRole('button', { name: 'Delete highlight' }).click();
  await expect(annotations.marks()).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(annotations.marks()).toHaveText(FIRST_SENTENCE);
  await expect(annotations.items()).toHaveCount(1);
});

test('importing the full text of a highlighted snippet keeps the highlight on the same words', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const annotations = new AnnotationsPage(page);
  await library.openAbstract(RNN_SNIPPET);
  await expect(reader.region).toContainText('This is a snippet');
  await annotations.highlight('notoriously difficult to train');
  await annotations.highlight('hidden to hidden weight matrix', { color: 'blue' });

  await library.importThroughChooser(RNN_FULL_TEXT);
  await expect(reader.region).toContainText('unitary weight matrix', { timeout: 20_000 });
  await expect(reader.region).not.toContainText('This is a snippet');
  await expect.poll(() => annotations.markedTexts()).toEqual([
    'notoriously difficult to train',
    'hidden to hidden weight matrix',
  ]);
  await expect(annotations.couldNotPlace).toHaveCount(0);
});

test('an edit that removes the highlighted words shows it under "Could not place", and it can be re-attached', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  const reader = new ReaderPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);
  await annotations.comment(annotations.items().first()).click();
  await page.keyboard.type('Still here');

  await reader.region.getByRole('button', { name: 'Edit text' }).click();
  const field = reader.region.getByRole('textbox', { name: 'Abstract text' });
  const stored = await field.inputValue();
  expect(stored).toContain(FIRST_SENTENCE);
  await field.fill(stored.replace(FIRST_SENTENCE, '').trimStart());
  await reader.region.getByRole('button', { name: 'Save' }).click();

  await expect(field).toHaveCount(0);
  await expect(annotations.marks()).toHaveCount(0);
  await expect(annotations.couldNotPlace).toContainText(FIRST_SENTENCE);
  await expect(annotations.items()).toHaveCount(0);

  await annotations.select('we prove that');
  await annotations.couldNotPlace.getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect(annotations.couldNotPlace).toHaveCount(0);
  await expect(annotations.marks()).toHaveText('we prove that');
  await expect(annotations.comment(annotations.items().first())).toContainText('Still here');
});

test('More actions exports the annotations and note as JSON-LD', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  const reader = new ReaderPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);

  await reader.region.getByRole('button', { name: 'More actions' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export annotations (JSON-LD)' }).click();
  const file = await (await download).path();
  const jsonLd = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const text = JSON.stringify(jsonLd);
  expect(text).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(text).toContain('TextQuoteSelector');
  expect(text).toContain(JSON.stringify(FIRST_SENTENCE));
});

test('a highlight across a paragraph break marks each paragraph piece', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  await new LibraryPage(page).openAbstract('Despite their great success');
  await annotations.highlight('for each layer.', { to: 'In this work we follow up' });
  const marks = annotations.marks();
  await expect(marks).toHaveText(['for each layer.', 'In this work we follow up']);
  const ids = await marks.evaluateAll((elements: { getAttribute(name: string): string | null }[]) =>
    elements.map((element) => element.getAttribute('data-annotation-id')),
  );
  expect(new Set(ids).size).toBe(1);
  await expect(annotations.items()).toHaveCount(1);
});

test('a comment makes web links but never javascript: links', async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);
  const comment = annotations.comment(annotations.items().first());
  await comment.click();
  await page.keyboard.type('See [paper](https://example.org/p) and [bad](javascript:alert(1)) ');
  await expect(comment.getByRole('link', { name: 'paper' })).toHaveAttribute('href', 'https://example.org/p');
  await expect(comment.getByRole('link')).toHaveCount(1);
});

test('links pasted into a comment and the note keep only web URLs, in the editors and in the JSON-LD export', async ({ page }) => {
  const library = new LibraryPage(page);
  const annotations = new AnnotationsPage(page);
  const reader = new ReaderPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(FIRST_SENTENCE);
  const comment = annotations.comment(annotations.items().first());
  await comment.click();
  await page.evaluate(pasteHtml(PASTED_LINKS_HTML));
  await expectOnlyTheWebLink(comment);
  await annotations.note.click();
  await page.evaluate(pasteHtml(PASTED_LINKS_HTML));
  await expectOnlyTheWebLink(annotations.note);
  await annotations.body.click({ position: { x: 2, y: 2 } });

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await expectOnlyTheWebLink(annotations.comment(annotations.items().first()));
  await expectOnlyTheWebLink(annotations.note);

  await reader.region.getByRole('button', { name: 'More actions' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export annotations (JSON-LD)' }).click();
  const jsonLd = await readFile(await (await download).path(), 'utf8');
  expect(jsonLd).toContain('Sources: run me');
  expectNoUnsafeUrl(jsonLd);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems with highlights, the panel and the note (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const annotations = new AnnotationsPage(page);
    await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
    await annotations.highlight(FIRST_SENTENCE);
    await annotations.highlight('cross-entropy learn', { color: 'purple' });
    await annotations.selectWithToolbar('we prove that');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
