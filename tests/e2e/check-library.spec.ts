import { expect } from '@playwright/test';
import { CheckLibraryPage } from './pages/check-library-page';
import { LibraryPage } from './pages/library-page';
import { PalettePage } from './pages/palette-page';
import { SearchPage } from './pages/search-page';
import { test } from './support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

/**
 * Runs in the page (plain source: tests/e2e has no DOM types). Writes rows that point at an abstract,
 * a tag and a list that do not exist, straight into IndexedDB, as a crash between two writes would
 * leave them; the app is not told.
 */
const LEAVE_ORPHANS = `async () => {
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const gone = 999999;
  const database = await done(indexedDB.open('lectern'));
  const tx = database.transaction(['abstractTags', 'annotations', 'listItems', 'links'], 'readwrite');
  for (const tagId of [1, 2, 3]) tx.objectStore('abstractTags').put({ abstractId: gone, tagId });
  tx.objectStore('annotations').add({
    abstractId: gone,
    selectors: { quote: { exact: 'lost', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
    color: 'yellow',
    comment: { json: null, text: 'a comment nobody can reach' },
    state: 'anchored',
    confidence: 1,
    createdAt: 1,
    updatedAt: 1,
  });
  for (const id of [90001, 90002]) tx.objectStore('listItems').put({ id, listId: gone, abstractId: gone, order: 'a' + id, note: '' });
  tx.objectStore('links').add({ fromId: null, toId: gone, type: 'related', origin: 'user', noteId: null, annotationId: null, note: '', context: null, createdAt: 1 });
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  database.close();
}`;

const ORPHANS = [
  '3 tag assignments whose abstract is gone',
  '1 highlight whose abstract is gone',
  '2 reading list entries whose abstract is gone',
  '1 link whose abstract is gone',
];

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  // The first run builds and saves the search index; wait for it, so the check judges a saved one.
  const search = new SearchPage(page);
  await search.search('linear teachers');
  await expect(search.result(LINEAR_TEACHERS.title)).toBeVisible();
  await expect(search.progress).toHaveCount(0);
  await search.box.fill('');
});

test('Check library finds the orphans a crash left, repairs them in one step, and Undo brings them back', async ({ page }) => {
  const check = new CheckLibraryPage(page);
  await new PalettePage(page).run('check library', 'Check library…');
  await expect(check.dialog).toBeVisible();
  await expect(check.consistent).toBeVisible();
  await expect(check.repairButton).toBeDisabled();
  await check.close();

  await page.evaluate(`(${LEAVE_ORPHANS})()`);
  await new PalettePage(page).run('check library', 'Check library…');
  // Written past the app, the rows also left the saved search index behind the library's counts.
  await check.expectProblems([...ORPHANS, 'The saved search index is out of date']);

  await check.repairButton.click();
  await expect(check.consistent).toBeVisible();
  await expect(check.problems).toHaveCount(0);
  await expect(check.repairButton).toBeDisabled();

  // The app's Undo (Ctrl+Z) takes the whole repair back at once.
  await page.keyboard.press('Control+z');
  await expect(check.problems.filter({ hasText: 'whose' })).toHaveText(ORPHANS);
  await check.close();

  // Settings opens the same check; a second repair, and search still answers without a reload.
  await check.openFromSettings();
  await expect(check.problems.filter({ hasText: 'whose' })).toHaveText(ORPHANS);
  await check.repairButton.click();
  await expect(check.consistent).toBeVisible();
  await check.close();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  const search = new SearchPage(page);
  await search.search('linear teachers');
  await expect(search.result(LINEAR_TEACHERS.title)).toBeVisible();
  await expect(search.progress).toHaveCount(0);
  await check.openFromSettings();
  await expect(check.consistent).toBeVisible();
});
