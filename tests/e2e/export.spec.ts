import { strFromU8, unzipSync } from 'fflate';
import { ExportDialogPage } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { LinksPage } from './pages/links-page';
import { NotesPage } from './pages/notes-page';
import { ReaderPage } from './pages/reader-page';
import { TagsPage } from './pages/tags-page';
import { expect, test } from './support/app-test';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

/** Our reader's parser, not our writer; imported as ESM, since its CommonJS build cannot be required. */
async function parseBibtex(text: string): Promise<{ errors: unknown[]; entries: { key: string; fields: Record<string, unknown> }[] }> {
  const { parse } = await import('@retorquere/bibtex-parser');
  return parse(text);
}

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

const FORMATS = ['BibTeX', 'BibLaTeX', 'CSL-JSON', 'RIS', 'Obsidian vault', 'Annotations (CSV)', 'Annotations (JSON-LD)', 'Annotations (Markdown)'];
const today = (): string => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

/** Every `[[target]]` / `[[target|alias]]` in the vault's Markdown, with the file it is in. */
function wikiLinks(files: Record<string, string>): { from: string; target: string }[] {
  return Object.entries(files).flatMap(([from, text]) =>
    [...text.matchAll(/\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g)].map((match) => ({ from, target: match[1] ?? '' })),
  );
}

test('a tagged, linked and mentioned library exports as BibTeX, CSL-JSON and a vault whose links all resolve', async ({ page }) => {
  test.setTimeout(90_000);
  const library = new LibraryPage(page);
  const tags = new TagsPage(page);
  const links = new LinksPage(page);
  const notes = new NotesPage(page);
  const reader = new ReaderPage(page);
  const exporter = new ExportDialogPage(page);

  // 1. Tag two abstracts, link them, and mention one in a synthesis note.
  await library.openAbstract(LINEAR_TEACHERS.title);
  await tags.add('export/theory');
  await links.linkTo(ENERGY_PROPAGATION.title, 'supports');
  await expect(links.dialog).toHaveCount(0);
  await expect(links.linkedAbstract(links.group(links.links, 'supports'), ENERGY_PROPAGATION.title)).toBeVisible();
  await library.openAbstract(ENERGY_PROPAGATION.title);
  await tags.add('export/theory');
  await notes.create('Energy review');
  await notes.editor.click();
  await notes.editor.pressSequentially('Scattering nets keep energy: ');
  await notes.mention(notes.editor, '[[', 'Energy Prop', ENERGY_PROPAGATION.title);
  // The mention reaching Backlinks shows the note is saved.
  await notes.mentionIn(notes.editor, ENERGY_PROPAGATION.title).click();
  await expect(reader.title).toHaveText(ENERGY_PROPAGATION.title);
  await expect(reader.section('Backlinks')).toContainText('Energy review');

  await exporter.open();
  await expect(exporter.format.getByRole('option')).toHaveText(FORMATS);
  await exporter.cancelButton.click();

  // 2. The whole library as BibTeX, CSL-JSON and a vault, each a download.
  const bib = await exporter.download('BibTeX', `Whole library (${SEED_ABSTRACTS})`);
  expect(bib.suggestedFilename()).toBe(`lectern-library-${today()}.bib`);
  const bibText = strFromU8(await ExportDialogPage.bytesOf(bib));

  const csl = await exporter.download('CSL-JSON', `Whole library (${SEED_ABSTRACTS})`);
  expect(csl.suggestedFilename()).toBe(`lectern-library-${today()}.json`);
  const items = JSON.parse(strFromU8(await ExportDialogPage.bytesOf(csl))) as { id: string; title?: string }[];

  const vault = await exporter.download('Obsidian vault', `Whole library (${SEED_ABSTRACTS})`);
  expect(vault.suggestedFilename()).toBe(`lectern-library-${today()}.zip`);
  const zipped = unzipSync(await ExportDialogPage.bytesOf(vault));

  // 3. The BibTeX reads back with a second parser: every abstract, each key once.
  const parsed = await parseBibtex(bibText);
  // Math stays LaTeX (`$\mathbb{R}$`), which the parser reports as macros it does not turn into Unicode; nothing else.
  expect(parsed.errors.filter((error) => !/^unhandled macro/.test((error as { error: string }).error))).toEqual([]);
  expect(parsed.entries).toHaveLength(SEED_ABSTRACTS);
  const keys = parsed.entries.map((entry) => entry.key);
  expect(new Set(keys).size).toBe(SEED_ABSTRACTS);
  expect(items).toHaveLength(SEED_ABSTRACTS);
  expect(new Set(items.map((item) => item.id))).toEqual(new Set(keys));
  const tagged = parsed.entries.filter((entry) => JSON.stringify(entry.fields).includes('export > theory'));
  expect(tagged).toHaveLength(2);

  // 4. Every link in the vault reaches a file, and the note's mention reaches the right abstract.
  const files = Object.fromEntries(
    Object.entries(zipped)
      .filter(([path]) => path.endsWith('.md'))
      .map(([path, bytes]) => [path.split('/').slice(1).join('/'), strFromU8(bytes)]),
  );
  const names = new Set(Object.keys(files).map((path) => path.replace(/\.md$/, '')));
  const resolves = (target: string): boolean => names.has(target) || [...names].some((name) => name.endsWith(`/${target}`));
  const found = wikiLinks(files);
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter(({ target }) => !resolves(target))).toEqual([]);

  const energyKey = items.find((item) => item.title === ENERGY_PROPAGATION.title)?.id;
  expect(energyKey).toBeTruthy();
  const notePath = Object.keys(files).find((path) => path.startsWith('Synthesis/') && path.includes('Energy review'));
  expect(notePath).toBeTruthy();
  const mentions = found.filter(({ from }) => from === notePath).map(({ target }) => target);
  expect(mentions).toEqual([energyKey]);
  expect(files[`${energyKey}.md`]).toContain(ENERGY_PROPAGATION.title);
});

test('Cancel downloads nothing, and the browser offers a one-off download instead of Keep updated', async ({ page }) => {
  const exporter = new ExportDialogPage(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await exporter.open();
  await exporter.choose('BibTeX', `Whole library (${SEED_ABSTRACTS})`);
  await expect(exporter.dialog).toContainText('Keep updated is available in the desktop app');
  await expect(exporter.dialog.getByRole('checkbox', { name: 'Keep updated' })).toHaveCount(0);
  await exporter.cancelButton.click();
  await expect(exporter.dialog).toBeHidden();

  // Ctrl+Shift+E opens it too; Escape closes it.
  await page.keyboard.press('Control+Shift+E');
  await expect(exporter.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exporter.dialog).toBeHidden();
  await page.waitForTimeout(500);
  expect(downloads).toEqual([]);
});

test('the selection is offered first when rows are selected, and exports only those rows', async ({ page }) => {
  const library = new LibraryPage(page);
  const exporter = new ExportDialogPage(page);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await library.option(ENERGY_PROPAGATION.title).click({ modifiers: ['Control'] });
  await exporter.open();
  await expect(exporter.scope.getByRole('option').first()).toHaveText('Selection (2)');
  await expect(exporter.scope).toHaveValue('selection');
  const [download] = await Promise.all([page.waitForEvent('download'), exporter.exportButton.click()]);
  expect(download.suggestedFilename()).toBe(`lectern-selection-${today()}.bib`);
  const parsed = await parseBibtex(strFromU8(await ExportDialogPage.bytesOf(download)));
  expect(parsed.entries).toHaveLength(2);
});
