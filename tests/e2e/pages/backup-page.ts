import { expect, type Locator, type Page } from '@playwright/test';
import { PalettePage } from './palette-page';

/** Settings › Backups, the restore question and the refusal dialog. */
export class BackupPage {
  readonly settings: Locator;
  readonly backUpButton: Locator;
  readonly restoreButton: Locator;
  readonly confirm: Locator;
  readonly problem: Locator;
  readonly snapshots: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole('dialog', { name: 'Settings' });
    this.backUpButton = this.settings.getByRole('button', { name: 'Back up library…' });
    this.restoreButton = this.settings.getByRole('button', { name: 'Restore from backup…' });
    this.confirm = page.getByRole('dialog', { name: 'Restore from backup' });
    this.problem = page.getByRole('dialog', { name: /not restored|failed|not replaced/ });
    this.snapshots = this.settings.getByRole('list', { name: 'Snapshots' });
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(this.settings).toBeVisible();
  }

  /** Backs up from Settings and saves the download at `path`. */
  async backUpTo(path: string): Promise<void> {
    await this.openSettings();
    const download = this.page.waitForEvent('download');
    await this.backUpButton.click();
    await (await download).saveAs(path);
    await expect(this.page.getByRole('status').filter({ hasText: /^Backed up/ })).toBeVisible();
  }

  /** Starts a restore of `path` from Settings or the palette; the file is checked, then the question or the refusal shows. */
  async chooseForRestore(path: string, from: 'settings' | 'palette' = 'settings'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    if (from === 'palette') {
      await new PalettePage(this.page).run('Restore from backup', 'Restore from backup…');
    } else {
      await this.openSettings();
      await this.restoreButton.click();
    }
    await (await chooser).setFiles(path);
  }
}
