import { expect } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { anotherDevice } from './support/another-device';
import { userLayerOf } from './support/library-by-uid';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import { syncServerForThisFile } from './support/sync-server-for-file';
import { expectWorkSharedBothWays, tagHighlightAndNote, VISIBLE_WITHIN_MS } from './support/sync-checks';

const TAG = 'methods/synced';
const NOTE = 'Checked on the laptop.';
const server = syncServerForThisFile();

// Each test drives two browser profiles and a server: on a loaded 2-core machine that outgrows one device's 30 s.
test.describe.configure({ timeout: 90_000 });

test('a second device that connects with the token shows the first one’s tags, highlights and note', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await tagHighlightAndNote(page, { tag: TAG, note: NOTE });
  const token = await new SyncDialog(page).connectTo(server().address, null);

  const laptop = await anotherDevice(browser);
  await new SyncDialog(laptop).connectTo(server().address, token);
  await new LibraryPage(laptop).openAbstract(LINEAR_TEACHERS.title);
  await expectWorkSharedBothWays(page, laptop, { tag: TAG, note: NOTE });
  expect((await userLayerOf(page)).notes.some((note) => note.endsWith(NOTE))).toBe(true);
  await laptop.context().close();
});

test('a device with another library’s token receives nothing of this one', async ({ page, browser }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await new TagsPage(page).add(TAG);
  await new SyncDialog(page).connectTo(server().address, null);

  const stranger = await anotherDevice(browser);
  await new SyncDialog(stranger).connectTo(server().address, null);
  await new LibraryPage(stranger).openAbstract(LINEAR_TEACHERS.title);
  // Give a sync every chance to arrive, then check nothing did.
  await stranger.waitForTimeout(VISIBLE_WITHIN_MS);
  await expect(new TagsPage(stranger).removeChip(TAG)).toHaveCount(0);
  await expect(stranger.getByRole('tree', { name: 'Tags' }).getByRole('treeitem')).toHaveCount(0);
  await stranger.context().close();
});
