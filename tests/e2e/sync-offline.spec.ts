import { expect } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { userLayerOf } from './support/library-by-uid';
import { LINEAR_TEACHERS } from './support/seed-facts';
import { syncServerForThisFile } from './support/sync-server-for-file';
import { connectLaptop } from './support/connected-devices';
import { refusedSocketLine, sameLibraries } from './support/sync-checks';

/** The provider retries with a growing delay; after a restart the next attempt may be some seconds away. */
const CONVERGE_WITHIN_MS = 60_000;
const SHARED_NOTE = 'Replicates the baseline.';
const DESKTOP_ADDS = ' Check the seeds.';
const LAPTOP_ADDS = 'Agreed. ';
const server = syncServerForThisFile();

test('edits made on two devices while the server is down all arrive once it is back, the note holds both, and the devices converge', async ({ page, browser, watch }) => {
  // Two devices, a server stopped and restarted, and the provider's growing retry delay: longer than one device's test.
  test.setTimeout(150_000);
  const laptop = await connectLaptop(page, browser, server().address);
  // A note both devices have before the server goes down.
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  const desktopNote = new AnnotationsPage(page).note;
  await desktopNote.click();
  await page.keyboard.type(SHARED_NOTE);
  await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);
  const laptopNote = new AnnotationsPage(laptop).note;
  await expect(laptopNote).toHaveText(SHARED_NOTE, { timeout: 10_000 });

  await server().halt();
  // Both write into that note: the desktop at its end, the laptop at its start.
  await desktopNote.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(DESKTOP_ADDS);
  await laptopNote.click();
  await laptop.keyboard.press('ControlOrMeta+Home');
  await laptop.keyboard.type(LAPTOP_ADDS);
  await expect(desktopNote).toHaveText(SHARED_NOTE + DESKTOP_ADDS);
  await expect(laptopNote).toHaveText(LAPTOP_ADDS + SHARED_NOTE);
  // The first device tags the abstract and highlights one phrase; the laptop changes its status and highlights another.
  await new TagsPage(page).add('offline/desktop');
  await new AnnotationsPage(page).highlight('cross-entropy');
  await laptop.getByRole('region', { name: 'Reader' }).getByRole('combobox', { name: 'Status' }).selectOption('Read');
  await new AnnotationsPage(laptop).highlight('linearly separable');

  await server().restart();
  await expect.poll(() => sameLibraries(laptop, page), { timeout: CONVERGE_WITHIN_MS }).toBe(true);
  const layer = await userLayerOf(page);
  expect(layer.tags.some((tag) => tag.includes(' offline/desktop '))).toBe(true);
  expect(layer.tagged).toHaveLength(1);
  expect(layer.annotations).toHaveLength(2);
  expect(layer.abstracts.filter((row) => row.includes(' read '))).toHaveLength(1);
  expect(layer.notes.filter((note) => note.endsWith(LAPTOP_ADDS + SHARED_NOTE + DESKTOP_ADDS))).toHaveLength(1);

  // And what each device shows: the tag, the status and both highlights.
  for (const device of [page, laptop]) {
    const reader = device.getByRole('region', { name: 'Reader' });
    await expect(new TagsPage(device).removeChip('offline/desktop')).toBeVisible();
    await expect(reader.getByRole('combobox', { name: 'Status' })).toHaveValue('read');
    await expect.poll(() => new AnnotationsPage(device).markedTexts()).toEqual(['cross-entropy', 'linearly separable']);
    await expect(new AnnotationsPage(device).note).toHaveText(LAPTOP_ADDS + SHARED_NOTE + DESKTOP_ADDS);
  }
  await laptop.context().close();
  const refusedLine = refusedSocketLine(server().port);
  const refused = watch.errors.filter((error) => refusedLine.test(error));
  expect(refused.length).toBeGreaterThan(0);
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((error) => !refusedLine.test(error)));
});
