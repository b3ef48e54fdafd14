import { join } from 'node:path';
import { expect } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { SEED_ABSTRACTS } from './support/seed-facts';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

/** This spec's own port (4480–4489 belong to the sync specs). */
const SYNC_PORT = 4482;
/** The promise for files: a connected device shows another's imported file within 10 s. */
const VISIBLE_WITHIN_MS = 10_000;
/** Two RIS records no seed holds. */
const SHARED_RIS = join(__dirname, 'fixtures', 'shared-reading.ris');
const SPARSE = 'Sparse Attention Kernels for Long Scientific Documents';
const SCREENING = 'Calibrated Uncertainty for Citation Screening';
const TAG = 'reading-group/week-3';
let server: SyncServerProcess;

// Files travel over HTTP to the sync server; two devices, each connecting and importing, take longer than one.
test.use({ allowedOrigins: [`http://127.0.0.1:${SYNC_PORT}`] });
test.setTimeout(90_000);

test.beforeAll(async () => {
  server = await startSyncServerProcess(SYNC_PORT);
});

test.afterAll(async () => {
  await server.stop();
});

test('a file imported on one device reaches another that imports nothing: its abstracts, titled, and the tag put on one', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(server.address, null);
  await library.importThroughChooser(SHARED_RIS);
  await expect(library.status).toHaveText(/^2 added, 0 merged, 0 unchanged/);
  await library.openAbstract(SPARSE);
  await new TagsPage(page).add(TAG);

  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);
  const onLaptop = new LibraryPage(laptop);
  await expect(onLaptop.libraryItem).toHaveText(new RegExp(`^Library\\s*${SEED_ABSTRACTS + 2}$`), { timeout: VISIBLE_WITHIN_MS });
  await expect(onLaptop.option(SCREENING)).toBeVisible();
  // It arrived as the file itself, parsed here: the file is a source of its own, as if imported on this device.
  await expect(onLaptop.sourceItem('shared-reading.ris')).toHaveText(/2$/);
  await onLaptop.openAbstract(SPARSE);
  await expect(new ReaderPage(laptop).title).toHaveText(SPARSE);
  await expect(new TagsPage(laptop).removeChip(TAG)).toBeVisible({ timeout: VISIBLE_WITHIN_MS });
  await laptop.context().close();
});

/** Chromium logs each refused socket as a console error while the server is down: the browser's line, not the app's. */
const REFUSED_SOCKET = new RegExp(`^console: WebSocket connection to 'ws://127\\.0\\.0\\.1:${SYNC_PORT}/' failed`);

test('a file imported while the server is down goes out when it is back, and a connected device gets it then', async ({ page, browser, watch }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(server.address, null);
  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);

  await server.halt();
  await library.importThroughChooser(SHARED_RIS);
  await expect(library.status).toHaveText(/^2 added, 0 merged, 0 unchanged/);
  await server.restart();

  const onLaptop = new LibraryPage(laptop);
  await expect(onLaptop.libraryItem).toHaveText(new RegExp(`^Library\\s*${SEED_ABSTRACTS + 2}$`), { timeout: 30_000 });
  await expect(onLaptop.option(SPARSE)).toBeVisible();
  await laptop.context().close();
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((error) => !REFUSED_SOCKET.test(error)));
});
