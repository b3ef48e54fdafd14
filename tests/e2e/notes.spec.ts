import { readFile } from 'node:fs/promises';
import { LibraryPage } from './pages/library-page';
import { NotesPage } from './pages/notes-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { CARET, pasteHtml } from './support/in-page';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { expectNoUnsafeUrl, expectOnlyTheWebLink, GOOD_URL, PASTED_LINKS_HTML } from './support/unsafe-links';

/** What follows the mention in the first test's note (the typeahead adds the space). */
const AFTER_MENTION = ' proves it for wavelets.';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('a mention typed in a synthesis note shows in the target\'s Backlinks, and deleting it removes the backlink', async ({ page }) => {
  const notes = new NotesPage(page);
  const reader = new ReaderPage(page);
  await notes.create('Energy review');
  await notes.editor.click();
  await notes.editor.pressSequentially('Scattering nets keep energy: ');
  await notes.mention(notes.editor, '[[', 'Energy Prop', ENERGY_PROPAGATION.title);
  await notes.editor.pressSequentially(AFTER_MENTION.trimStart());
  const mention = notes.mentionIn(notes.editor, ENERGY_PROPAGATION.title);
  await expect(mention).toBeVisible();

  // The mention opens its abstract in the reader, whose Backlinks list the note with the sentence.
  await mention.click();
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  const backlinks = reader.section('Backlinks');
  await expect(backlinks).toContainText('Energy review');
  await expect(backlinks).toContainText(`Scattering nets keep energy: ${ENERGY_PROPAGATION.title} proves it for wavelets.`);

  // Back in the note, deleting the mention removes that backlink.
  await notes.noteEntry('Energy review').click();
  // The note's text loads into the editor after it opens; keys pressed before would land elsewhere.
  await expect(notes.editor).toContainText(AFTER_MENTION.trim());
  // Click the text after the mention (a click on the mention would open it): focusing the editor
  // alone can leave it without a caret, and the keys below would then edit nothing.
  await notes.editor.getByText(AFTER_MENTION.trim()).click();
  await notes.editor.press('Control+End');
  for (let step = 0; step < AFTER_MENTION.length; step += 1) await notes.editor.press('ArrowLeft');
  // Fast key presses at the mention's edge can outrun the editor's selection sync, so the caret is
  // checked (and moved on if a press was dropped) before Backspace: it must sit just after the mention.
  const caret = (): Promise<string> => page.evaluate<string>(CARET);
  await expect(async () => {
    if ((await caret()).endsWith('@1')) await notes.editor.press('ArrowLeft');
    expect(await caret()).toBe(`${AFTER_MENTION}@0`);
  }).toPass({ timeout: 3000 });
  await notes.editor.press('Backspace');
  await expect(notes.mentionIn(notes.editor, ENERGY_PROPAGATION.title)).toHaveCount(0);
  await expect(notes.editor).toHaveText(`Scattering nets keep energy: ${AFTER_MENTION}`);
  await notes.editor.blur();
  const library = new LibraryPage(page);
  await library.libraryItem.click();
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  await expect(reader.section('Backlinks')).not.toContainText('Energy review');
});

test('@ in an abstract\'s note mentions another abstract, and the mention follows a rename of its title', async ({ page }) => {
  const notes = new NotesPage(page);
  const reader = new ReaderPage(page);
  const library = new LibraryPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  const note = reader.region.getByRole('textbox', { name: 'Note', exact: true });
  await note.click();
  await note.pressSequentially('Builds on ');
  await notes.mention(note, '@', 'energy', ENERGY_PROPAGATION.title, 'enter');
  await expect(notes.mentionIn(note, ENERGY_PROPAGATION.title)).toBeVisible();

  await notes.mentionIn(note, ENERGY_PROPAGATION.title).click();
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  await expect(reader.section('Backlinks')).toContainText(`Builds on ${ENERGY_PROPAGATION.title}`);
  await reader.editDetails({ Title: 'Energy in Scattering Networks' });
  await expect(reader.title).toHaveText('Energy in Scattering Networks');

  await library.openAbstract(LINEAR_TEACHERS.title);
  await expect(notes.mentionIn(note, 'Energy in Scattering Networks')).toBeVisible();
  // Escape closes the typeahead without inserting anything.
  await note.press('End');
  await note.pressSequentially(' and @towards');
  await expect(notes.mentionMenu).toBeVisible();
  await note.press('Escape');
  await expect(notes.mentionMenu).toBeHidden();
  await expect(note).toContainText('and @towards');
});

test('a synthesis note exports as Markdown with mentions as [[title]], and deleting it can be undone', async ({ page }) => {
  const notes = new NotesPage(page);
  await notes.create('Margins');
  await notes.editor.click();
  await notes.editor.pressSequentially('See ');
  await notes.mention(notes.editor, '[[', 'Linear Teachers', LINEAR_TEACHERS.title);
  await notes.editor.pressSequentially('for the margin.');
  await notes.editor.blur();

  const download = page.waitForEvent('download');
  await notes.view.getByRole('button', { name: 'Export as Markdown' }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toBe(`# Margins\n\nSee [[${LINEAR_TEACHERS.title}]] for the margin.\n`);

  await notes.view.getByRole('button', { name: 'Delete note' }).click();
  await expect(notes.noteEntry('Margins')).toHaveCount(0);
  await expect(page.getByRole('listbox', { name: 'Abstracts' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(notes.noteEntry('Margins')).toBeVisible();
  await notes.noteEntry('Margins').click();
  await expect(notes.mentionIn(notes.editor, LINEAR_TEACHERS.title)).toBeVisible();
});

test('links pasted into a synthesis note keep only web URLs, in the editor and in the Markdown export', async ({ page }) => {
  const notes = new NotesPage(page);
  await notes.create('Pasted sources');
  await notes.editor.click();
  await page.evaluate(pasteHtml(PASTED_LINKS_HTML));
  await expectOnlyTheWebLink(notes.editor);
  await notes.editor.blur();

  const download = page.waitForEvent('download');
  await notes.view.getByRole('button', { name: 'Export as Markdown' }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain(`[the paper](${GOOD_URL})`);
  expect(markdown).toContain('run me, open data, local file, disguised and');
  expectNoUnsafeUrl(markdown);

  // What was saved holds no unsafe link either: the reopened note shows the same single link.
  await page.reload();
  await notes.noteEntry('Pasted sources').click();
  await expectOnlyTheWebLink(notes.editor);
});
