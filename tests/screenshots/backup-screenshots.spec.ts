import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupPage } from '../e2e/pages/backup-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { expect, test } from '../e2e/support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots for the README: the restore question and Settings › Backups, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const backup = new BackupPage(page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  const file = join(await mkdtemp(join(tmpdir(), 'lectern-shots-')), 'library.lectern');
  await backup.backUpTo(file);
  await page.keyboard.press('Escape');

  await backup.chooseForRestore(file);
  await expect(backup.confirm).toBeVisible();
  await shootLightAndDark(page, 'restore-question');

  const reloaded = page.waitForEvent('load');
  await backup.confirm.getByRole('button', { name: 'Replace library' }).click();
  await reloaded;
  await library.expectCount(SEED_ABSTRACTS);
  await backup.openSettings();
  await expect(backup.snapshots.getByRole('listitem')).toHaveCount(1);
  await shootLightAndDark(page, 'settings-backups');
});
