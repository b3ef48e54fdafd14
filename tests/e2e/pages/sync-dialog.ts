import { expect, type Locator, type Page } from '@playwright/test';

/** Settings › Set up sync… and the Sync dialog. */
export class SyncDialog {
  readonly settings: Locator;
  readonly dialog: Locator;
  readonly serverAddress: Locator;
  readonly libraryToken: Locator;
  readonly createToken: Locator;
  readonly connect: Locator;
  readonly status: Locator;
  readonly error: Locator;
  readonly qrCode: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole('dialog', { name: 'Settings' });
    this.dialog = page.getByRole('dialog', { name: 'Sync' });
    this.serverAddress = this.dialog.getByRole('textbox', { name: 'Server address' });
    this.libraryToken = this.dialog.getByRole('textbox', { name: 'Library token' });
    this.createToken = this.dialog.getByRole('button', { name: 'Create library token' });
    this.connect = this.dialog.getByRole('button', { name: 'Connect' });
    this.status = this.dialog.getByRole('status', { name: 'Sync status' });
    this.error = this.dialog.getByRole('alert');
    this.qrCode = this.dialog.getByRole('img', { name: 'QR code of the library token' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(this.settings).toBeVisible();
    await this.settings.getByRole('button', { name: 'Set up sync…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /**
   * Sets up sync with a new token (null) or a given one, connects, waits for "Connected", and closes the dialogs.
   * Returns the token used.
   */
  async connectTo(serverAddress: string, token: string | null): Promise<string> {
    await this.open();
    if (token === null) await this.createToken.click();
    else await this.libraryToken.fill(token);
    await this.serverAddress.fill(serverAddress);
    await this.connect.click();
    await expect(this.status).toHaveText('Connected', { timeout: 15_000 });
    const used = await this.libraryToken.inputValue();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    await expect(this.settings).toHaveCount(0);
    return used;
  }
}
