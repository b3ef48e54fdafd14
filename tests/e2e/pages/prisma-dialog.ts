import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The review page's "PRISMA diagram" button and its dialog. */
export class PrismaDialogPage {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly diagram: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('main').getByRole('button', { name: 'PRISMA diagram' });
    this.dialog = page.getByRole('dialog', { name: 'PRISMA diagram' });
    this.diagram = this.dialog.getByRole('img', { name: /^PRISMA 2020 flow diagram of / });
    this.table = this.dialog.getByRole('table', { name: 'PRISMA counts' });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  /** The count in the table's row for `item` (exactly, e.g. "Records screened"). */
  count(item: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: item, exact: true }) }).getByRole('cell').last();
  }

  /** Clicks "Download SVG" or "Download CSV" and resolves with the download. */
  async download(kind: 'SVG' | 'CSV'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.dialog.getByRole('button', { name: `Download ${kind}` }).click()]);
    return download;
  }
}
