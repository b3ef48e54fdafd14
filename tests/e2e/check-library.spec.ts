import { expect } from '@playwright/test';
import { CheckLibraryPage } from './pages/check-library-page';
import { LibraryPage } from './pages/library-page';
import { PalettePage } from './pages/palette-page';
import { SearchPage } from './pages/search-page';
import { test } from './support/app-test';
import { dropSearchIndexMeta, leaveOrphans, searchIndexSaved } from './support/damage-library';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

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
  await expect.poll(() => searchIndexSaved(page), { timeout: 15_000 }).toBe(true);
});

test('Check library finds the orphans a crash left, repairs them in one step, and Undo brings them back', async ({ page }) => {
  const check = new CheckLibraryPage(page);
  await new PalettePage(page).run('check library', 'Check library…');
  await expect(check.dialog).toBeVisible();
  await expect(check.consistent).toBeVisible();
  await expect(check.repairButton).toBeDisabled();
  await check.close();

  await leaveOrphans(page);
  await dropSearchIndexMeta(page);
  await new PalettePage(page).run('check library', 'Check library…');
  await check.expectProblems([...ORPHANS, 'The saved search index is missing']);

  await check.repairButton.click();
  await expect(check.consistent).toBeVisible();
  await expect(check.problems).toHaveCount(0);
  await expect(check.repairButton).toBeDisabled();

  // The app's Undo (Ctrl+Z) takes the whole repair back at once.
  await page.keyboard.press('Control+z');
  await expect(check.problems.filter({ hasText: 'whose' })).toHaveText(ORPHANS);
  await check.close();

  // The repair kept a snapshot of the library first; Settings lists it and opens the same check.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings.getByRole('list', { name: 'Snapshots' }).getByRole('listitem').filter({ hasText: 'Before a repair' })).toHaveCount(1);
  await settings.getByRole('button', { name: 'Check library…' }).click();
  // A second repair, and search still answers without a reload.
  await expect(check.problems.filter({ hasText: 'whose' })).toHaveText(ORPHANS);
  await check.repairButton.click();
  await expect(check.consistent).toBeVisible();
  await check.close();
  await settings.getByRole('button', { name: 'Close' }).click();
  const search = new SearchPage(page);
  await search.search('linear teachers');
  await expect(search.result(LINEAR_TEACHERS.title)).toBeVisible();
  await expect(search.progress).toHaveCount(0);
  await check.openFromSettings();
  await expect(check.consistent).toBeVisible();
});
