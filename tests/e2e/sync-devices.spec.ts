import { expect, type Browser, type Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { userLayerOf } from './support/library-by-uid';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

/** Two devices' own port (4480–4489 belong to the sync specs). */
const SYNC_PORT = 4486;
/** The promise: a connected device shows the other's work within 5 s. */
const VISIBLE_WITHIN_MS = 5_000;
const TAG = 'methods/synced';
const NOTE = 'Checked on the laptop.';
let server: SyncServerProcess;

test.beforeAll(async () => {
  server = await startSyncServerProcess(SYNC_PORT);
});

test.afterAll(async () => {
  await server.stop();
});

/** Another device: a browser profile of its own (its own IndexedDB), with the seeds imported on first run. */
async function anotherDevice(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  return page;
}

async function connect(page: Page, token: string | null): Promise<string> {
  const sync = new SyncDialog(page);
  await sync.open();
  if (token === null) await sync.createToken.click();
  else await sync.libraryToken.fill(token);
  await sync.serverAddress.fill(server.address);
  await sync.connect.click();
  await expect(sync.status).toHaveText('Connected', { timeout: 15_000 });
  const used = await sync.libraryToken.inputValue();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(sync.settings).toHaveCount(0);
  return used;
}

test('a second device that connects with the token shows the first one’s tags, highlights and note', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  const annotations = new AnnotationsPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await new TagsPage(page).add(TAG);
  await annotations.highlight(LINEAR_TEACHERS.textStart);
  await annotations.note.click();
  await page.keyboard.type(NOTE);
  await expect(annotations.note).toContainText(NOTE);
  const token = await connect(page, null);

  const laptop = await anotherDevice(browser);
  await connect(laptop, token);
  await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);
  const onLaptop = new AnnotationsPage(laptop);
  await expect(new TagsPage(laptop).removeChip(TAG)).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  await expect(onLaptop.marks()).toHaveText(LINEAR_TEACHERS.textStart, { timeout: VISIBLE_WITHIN_MS });
  await expect(onLaptop.note).toContainText(NOTE, { timeout: VISIBLE_WITHIN_MS });

  // A tag added on the laptop while both are connected reaches the first device.
  await new TagsPage(laptop).add('to-discuss');
  await expect(new TagsPage(page).removeChip('to-discuss')).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  // Table for table, by uid, the two libraries are the same.
  await expect.poll(async () => JSON.stringify(await userLayerOf(laptop)) === JSON.stringify(await userLayerOf(page))).toBe(true);
  expect((await userLayerOf(page)).notes.some((note) => note.endsWith(NOTE))).toBe(true);
  await laptop.context().close();
});

test('a device with another library’s token receives nothing of this one', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await new TagsPage(page).add(TAG);
  await connect(page, null);

  const stranger = await anotherDevice(browser);
  await connect(stranger, null);
  await new LibraryPage(stranger).openAbstract(LINEAR_TEACHERS.title);
  // Give a sync every chance to arrive, then check nothing did.
  await stranger.waitForTimeout(VISIBLE_WITHIN_MS);
  await expect(new TagsPage(stranger).removeChip(TAG)).toHaveCount(0);
  await expect(stranger.getByRole('tree', { name: 'Tags' }).getByRole('treeitem')).toHaveCount(0);
  await stranger.context().close();
});
