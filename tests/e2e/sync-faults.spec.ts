import { expect, type Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { freePort } from './support/free-port';
import { userLayerOf } from './support/library-by-uid';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { startSyncServerProcess, type SyncServerProcess } from './support/sync-server-process';

const CONVERGE_WITHIN_MS = 60_000;
const NOTE = 'Compare with the kernel bound.';
let server: SyncServerProcess;

test.beforeAll(async () => {
  server = await startSyncServerProcess(await freePort());
});

test.afterAll(async () => {
  await server.stop();
});

/** Chromium logs each refused socket while the server is down: the browser's line, not the app's. */
const refusedSocket = (port: number): RegExp => new RegExp(`^console: WebSocket connection to 'ws://127\\.0\\.0\\.1:${port}/' failed`);

async function sameLibraries(one: Page, other: Page): Promise<boolean> {
  return JSON.stringify(await userLayerOf(one)) === JSON.stringify(await userLayerOf(other));
}

test('a server killed and a device reloaded in the middle of a sync lose nothing and duplicate nothing', async ({ page, browser, watch }) => {
  test.setTimeout(150_000);
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  const token = await new SyncDialog(page).connectTo(server.address, null);
  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server.address, token);

  // A burst of edits on the desktop; the server dies (no clean shutdown, nothing pending saved) and the laptop
  // reloads while it is still going out.
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await new TagsPage(page).add('faults/first');
  const annotations = new AnnotationsPage(page);
  await annotations.highlight('cross-entropy');
  await annotations.note.click();
  await page.keyboard.type(NOTE);
  await new TagsPage(page).add('faults/second');
  await annotations.highlight('linearly separable');
  const reloading = laptop.reload();
  await server.kill();
  await reloading;

  await server.restart();
  await expect.poll(() => sameLibraries(page, laptop), { timeout: CONVERGE_WITHIN_MS }).toBe(true);
  const layer = await userLayerOf(laptop);
  expect(layer.tagged).toHaveLength(2);
  expect(layer.annotations).toHaveLength(2);
  expect(layer.notes).toHaveLength(1);
  expect(layer.notes[0]?.endsWith(NOTE)).toBe(true);

  await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);
  await expect.poll(() => new AnnotationsPage(laptop).markedTexts()).toEqual(['cross-entropy', 'linearly separable']);
  await expect(new AnnotationsPage(laptop).note).toHaveText(NOTE);
  await laptop.context().close();
  const refused = refusedSocket(server.port);
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((error) => !refused.test(error)));
});
