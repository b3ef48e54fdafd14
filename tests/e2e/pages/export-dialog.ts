import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The "Export…" button above the list and the "Export" dialog. */
export class ExportDialogPage {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly format: Locator;
  readonly scope: Locator;
  readonly exportButton: Locator;
  readonly cancelButton: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export…', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Export', exact: true });
    this.format = this.dialog.getByRole('combobox', { name: 'Format' });
    this.scope = this.dialog.getByRole('combobox', { name: 'Scope' });
    this.exportButton = this.dialog.getByRole('button', { name: 'Export', exact: true });
    this.cancelButton = this.dialog.getByRole('button', { name: 'Cancel', exact: true });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  async choose(format: string, scope: string | RegExp): Promise<void> {
    await this.format.selectOption({ label: format });
    const option = this.scope.getByRole('option', { name: scope });
    await this.scope.selectOption({ label: (await option.textContent()) ?? '' });
  }

  /** Exports `format` of `scope` and resolves with the download, once the dialog has closed. */
  async download(format: string, scope: string | RegExp): Promise<Download> {
    await this.open();
    await this.choose(format, scope);
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    await expect(this.dialog).toBeHidden();
    return download;
  }

  static async bytesOf(download: Download): Promise<Uint8Array> {
    const path = await download.path();
    return new Uint8Array(await readFile(path));
  }
}
