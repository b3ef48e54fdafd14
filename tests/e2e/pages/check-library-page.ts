import { expect, type Locator, type Page } from '@playwright/test';

/** The Check library dialog, opened from the palette or from Settings. */
export class CheckLibraryPage {
  readonly dialog: Locator;
  readonly problems: Locator;
  readonly repairButton: Locator;
  readonly consistent: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Check library' });
    this.problems = this.dialog.getByRole('list', { name: 'Found in the library' }).getByRole('listitem');
    this.repairButton = this.dialog.getByRole('button', { name: 'Repair' });
    this.consistent = this.dialog.getByText('Nothing to repair: the library is consistent.');
  }

  async openFromSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings' }).click();
    const settings = this.page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Check library…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Waits until the dialog lists exactly these problems, in this order. */
  async expectProblems(lines: readonly string[]): Promise<void> {
    await expect(this.problems).toHaveText([...lines]);
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
