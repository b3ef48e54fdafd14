import { expect } from '@playwright/test';
import { DuplicatesPage } from './pages/duplicates-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { importBothVersions, JOURNAL, PREPRINT, TITLE } from './support/duplicate-pair';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

/** This spec's own port (4480–4489 belong to the sync specs): the imported files travel over HTTP from it. */
const SYNC_PORT = 4483;
/** Files travel and are imported on arrival: the 10 s for files. */
const FILES_WITHIN_MS = 10_000;
const ADDED_SENTENCE = 'We corrected this abstract on the desktop.';
let server: SyncServerProcess;

test.use({ allowedOrigins: [`http://127.0.0.1:${SYNC_PORT}`] });
// Two devices, two imports travelling as files, edits, a merge and its undo: far more than one device's 30 s.
test.setTimeout(150_000);

test.beforeAll(async () => {
  server = await startSyncServerProcess(SYNC_PORT);
});

test.afterAll(async () => {
  await server.stop();
});

test('an abstract’s text edited on one device shows on the other', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(server.address, null);
  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);

  await library.openAbstract(LINEAR_TEACHERS.title);
  await reader.region.getByRole('button', { name: 'Edit text' }).click();
  const field = reader.region.getByRole('textbox', { name: 'Abstract text' });
  await field.fill(`${await field.inputValue()} ${ADDED_SENTENCE}`);
  await reader.region.getByRole('button', { name: 'Save' }).click();
  await expect(reader.region).toContainText(ADDED_SENTENCE);

  await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);
  await expect(new ReaderPage(laptop).region).toContainText(ADDED_SENTENCE, { timeout: 5_000 });
  await laptop.context().close();
});

test('a merge of two records reaches the other device with what was on them, and so does its undo', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const duplicates = new DuplicatesPage(page);
  await library.open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(server.address, null);
  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);
  const onLaptop = new LibraryPage(laptop);

  await importBothVersions(library, reader);
  await new TagsPage(page).add('to-cite');
  await expect(onLaptop.libraryItem).toHaveText(new RegExp(`^Library\\s*${SEED_ABSTRACTS + 2}$`), { timeout: FILES_WITHIN_MS });

  await duplicates.open(1);
  await duplicates.pair(TITLE).getByRole('button', { name: 'Merge', exact: true }).click();
  await duplicates.field('Abstract').getByRole('radio', { name: /^Learning-rate warm-up/ }).check();
  await duplicates.field('Year').getByRole('radio', { name: '2021', exact: true }).check();
  await duplicates.dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByText('Merged duplicates')).toBeVisible();

  await onLaptop.expectCount(SEED_ABSTRACTS + 1);
  await onLaptop.openAbstract(TITLE);
  const laptopReader = new ReaderPage(laptop);
  await expect(laptopReader.region).toContainText('2021');
  await expect(laptopReader.paragraphs().first()).toContainText(PREPRINT.start);
  await expect(new TagsPage(laptop).removeChip('to-cite')).toBeVisible();

  await library.libraryItem.click();
  await library.list.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Merged duplicates')).toBeVisible();
  await onLaptop.expectCount(SEED_ABSTRACTS + 2);
  await onLaptop.openAbstract(JOURNAL.details.Title);
  await expect(new TagsPage(laptop).removeChip('to-cite')).toBeVisible();
  await laptop.context().close();
});
