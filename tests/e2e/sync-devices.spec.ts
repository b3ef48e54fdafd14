import { expect } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { userLayerOf } from './support/library-by-uid';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { freePort } from './support/free-port';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

/** The promise: a connected device shows the other's work within 5 s. */
const VISIBLE_WITHIN_MS = 5_000;
const TAG = 'methods/synced';
const NOTE = 'Checked on the laptop.';
let server: SyncServerProcess;

// Each test drives two browser profiles and a server: on a loaded 2-core machine that outgrows one device's 30 s.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  server = await startSyncServerProcess(await freePort());
});

test.afterAll(async () => {
  await server.stop();
});

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
  const token = await new SyncDialog(page).connectTo(server.address, null);

  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);
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
  await new SyncDialog(page).connectTo(server.address, null);

  const stranger = await anotherDevice(browser);
  await new SyncDialog(stranger).connectTo(server.address, null);
  await new LibraryPage(stranger).openAbstract(LINEAR_TEACHERS.title);
  // Give a sync every chance to arrive, then check nothing did.
  await stranger.waitForTimeout(VISIBLE_WITHIN_MS);
  await expect(new TagsPage(stranger).removeChip(TAG)).toHaveCount(0);
  await expect(stranger.getByRole('tree', { name: 'Tags' }).getByRole('treeitem')).toHaveCount(0);
  await stranger.context().close();
});
