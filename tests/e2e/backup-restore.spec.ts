import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AnnotationsPage } from './pages/annotations-page';
import { BackupPage } from './pages/backup-page';
import { LibraryPage } from './pages/library-page';
import { LinksPage } from './pages/links-page';
import { ListsPage } from './pages/lists-page';
import { PalettePage } from './pages/palette-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { TagsPage } from './pages/tags-page';
import { expect, test } from './support/app-test';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

const QUOTE = LINEAR_TEACHERS.textStart;
const COMMENT = 'Zebrafish-grade evidence for the margin argument';

test('a library backed up in one browser profile comes back whole in a fresh one', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  const annotations = new AnnotationsPage(page);
  const tags = new TagsPage(page);
  const lists = new ListsPage(page);
  const links = new LinksPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(QUOTE);
  await annotations.comment(annotations.items().first()).click();
  await page.keyboard.type(COMMENT);
  await tags.add('review/backup');
  await lists.create('Backup club');
  await library.libraryItem.click();
  await library.openAbstract(LINEAR_TEACHERS.title);
  await reader.region.getByRole('combobox', { name: 'Add to reading list' }).selectOption('Backup club');
  await expect(lists.entry('Backup club')).toHaveAccessibleName('Backup club 0/1');
  await links.linkTo(ENERGY_PROPAGATION.title, 'supports');
  await expect(links.linkedAbstract(links.links, ENERGY_PROPAGATION.title)).toBeVisible();

  const folder = await mkdtemp(join(tmpdir(), 'lectern-backup-'));
  const file = join(folder, 'library.lectern');
  const backup = new BackupPage(page);
  await backup.backUpTo(file);
  await expect(backup.settings).toContainText('Last backup:');

  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  try {
    const otherLibrary = new LibraryPage(other);
    await otherLibrary.open(SEED_ABSTRACTS);
    const otherBackup = new BackupPage(other);
    await otherBackup.chooseForRestore(file);
    await expect(otherBackup.confirm).toContainText('26 abstracts, 1 highlight');
    await expect(otherBackup.confirm).toContainText('2 tags, 1 reading list');
    // The current library is kept as a snapshot, then the app starts again on the restored one.
    const reloaded = other.waitForEvent('load');
    await otherBackup.confirm.getByRole('button', { name: 'Replace library' }).click();
    await reloaded;

    await otherLibrary.expectCount(SEED_ABSTRACTS);
    await otherLibrary.openAbstract(LINEAR_TEACHERS.title);
    const otherAnnotations = new AnnotationsPage(other);
    await expect(otherAnnotations.marks()).toHaveText(QUOTE);
    await expect(otherAnnotations.comment(otherAnnotations.items().first())).toHaveText(COMMENT);
    await expect(new TagsPage(other).removeChip('review/backup')).toBeVisible();
    const otherLinks = new LinksPage(other);
    await expect(otherLinks.linkedAbstract(otherLinks.links, ENERGY_PROPAGATION.title)).toBeVisible();
    await expect(new ListsPage(other).entry('Backup club')).toBeVisible();

    const search = new SearchPage(other);
    await search.search('zebrafish');
    await search.expectResults([LINEAR_TEACHERS.title]);

    // The library the restore replaced was kept as a snapshot first.
    await otherBackup.openSettings();
    await expect(otherBackup.snapshots.getByRole('listitem')).toHaveCount(1);
    await expect(otherBackup.snapshots).toContainText('Before a restore');
    await expect(otherBackup.snapshots).toContainText('26 abstracts, 0 highlights');
    // Any kept snapshot restores through the same checks and question; Cancel keeps the library as it is.
    await otherBackup.snapshots.getByRole('button', { name: /^Restore the snapshot of / }).click();
    await expect(otherBackup.confirm).toContainText('26 abstracts, 0 highlights');
    await otherBackup.confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(otherBackup.confirm).toHaveCount(0);
    await other.keyboard.press('Escape');
    await expect(otherAnnotations.marks()).toHaveText(QUOTE);
  } finally {
    await fresh.close();
  }
});

/** The members of a .lectern file, changed by `edit`, zipped again. */
function rezip(bytes: Uint8Array, edit: (members: Record<string, Uint8Array>) => void): Uint8Array {
  const members = unzipSync(bytes);
  edit(members);
  return zipSync(members);
}

test('a damaged or newer backup is refused with its reason, and the library is unchanged', async ({ page }) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(page);
  const tags = new TagsPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await tags.add('kept/unchanged');

  const folder = await mkdtemp(join(tmpdir(), 'lectern-damaged-'));
  const good = join(folder, 'good.lectern');
  const download = page.waitForEvent('download');
  await new PalettePage(page).run('Back up library', 'Back up library…');
  await (await download).saveAs(good);
  const bytes = new Uint8Array(await readFile(good));

  const flipped = Uint8Array.from(bytes);
  const middle = Math.floor(bytes.length / 2);
  flipped[middle] = (flipped[middle] ?? 0) ^ 0x20;
  const cases: [name: string, content: Uint8Array, reason: RegExp][] = [
    ['truncated', bytes.subarray(0, Math.floor(bytes.length * 0.6)), /truncated/],
    ['flipped', flipped, /damaged|not valid|checksum|truncated|not a readable zip|not part of a backup/],
    [
      'wrong-checksum',
      rezip(bytes, (members) => {
        const name = 'tables/tags.ndjson';
        members[name] = strToU8(strFromU8(members[name] ?? new Uint8Array()).replace('kept/unchanged', 'kept/altered!'));
      }),
      /tables\/tags\.ndjson does not match its checksum/,
    ],
    [
      'newer',
      rezip(bytes, (members) => {
        const header = JSON.parse(strFromU8(members['lectern.json'] ?? new Uint8Array())) as Record<string, unknown>;
        members['lectern.json'] = strToU8(JSON.stringify({ ...header, schemaVersion: 99, appVersion: '9.0.0' }));
      }),
      /made by a newer version of Lectern \(9\.0\.0/,
    ],
  ];
  const backup = new BackupPage(page);
  for (const [name, content, reason] of cases) {
    const path = join(folder, `${name}.lectern`);
    await writeFile(path, content);
    // The palette's command and Settings' button start the same restore.
    await backup.chooseForRestore(path, name === 'newer' ? 'palette' : 'settings');
    await expect(backup.problem.getByRole('alert')).toHaveText(reason);
    await expect(backup.problem.getByRole('alert')).toContainText('Your library is unchanged.');
    await backup.problem.getByRole('button', { name: 'Close' }).click();
    await expect(backup.confirm).toHaveCount(0);
    if (await backup.settings.isVisible()) await page.keyboard.press('Escape');
    await expect(backup.settings).toHaveCount(0);
  }
  await library.expectCount(SEED_ABSTRACTS);
  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await expect(tags.removeChip('kept/unchanged')).toBeVisible();
});

test('after a week of changes without a backup, a quiet reminder backs up in one click', async ({ page }) => {
  const eightDaysAgo = Date.now() - 8 * 86_400_000;
  // Runs in the page before the app (tests/e2e has no DOM types, so it is plain source).
  const state = JSON.stringify({ lastChangeAt: eightDaysAgo, firstChangeSinceBackupAt: eightDaysAgo });
  await page.addInitScript(
    `if (localStorage.getItem('lectern.backupState.lectern') === null) localStorage.setItem('lectern.backupState.lectern', ${JSON.stringify(state)});`,
  );
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  await expect(page.getByText('No backup for over a week.')).toBeVisible();
  const backup = new BackupPage(page);
  await backup.openSettings();
  await expect(backup.settings).toContainText('No backup made yet.');
  await expect(backup.settings).toContainText('More than a week of changes since the last backup.');
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^lectern-backup-\d{4}-\d\d-\d\d-\d{4}\.lectern$/);
  await expect(page.getByText('No backup for over a week.')).toHaveCount(0);
  await backup.openSettings();
  await expect(backup.settings).toContainText('Last backup:');
  await expect(backup.settings).not.toContainText('More than a week');
});
