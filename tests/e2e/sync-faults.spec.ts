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

const CONVERGE_WITHIN_MS = 60_000;
const NOTE = 'Compare with the kernel bound.';
const server = syncServerForThisFile();

test('a server killed and a device reloaded in the middle of a sync lose nothing and duplicate nothing', async ({ page, browser, watch }) => {
  test.setTimeout(150_000);
  const laptop = await connectLaptop(page, browser, server().address);

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
  await server().kill();
  await reloading;

  await server().restart();
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
  const refused = refusedSocketLine(server().port);
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((error) => !refused.test(error)));
});
