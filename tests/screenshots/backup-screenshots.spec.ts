import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BackupPage } from '../e2e/pages/backup-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { expect, test } from '../e2e/support/app-test';
import { FONTS_READY } from '../e2e/support/in-page';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from '../e2e/support/seed-facts';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

async function lightAndDark(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(FONTS_READY);
    await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`) });
  }
}

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
  await lightAndDark(page, 'restore-question');

  const reloaded = page.waitForEvent('load');
  await backup.confirm.getByRole('button', { name: 'Replace library' }).click();
  await reloaded;
  await library.expectCount(SEED_ABSTRACTS);
  await backup.openSettings();
  await expect(backup.snapshots.getByRole('listitem')).toHaveCount(1);
  await lightAndDark(page, 'settings-backups');
});
