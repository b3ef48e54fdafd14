import { expect, type Locator, type Page } from '@playwright/test';

/** The Possible duplicates view: its sidebar entry, the pairs, and the Merge duplicates dialog. */
export class DuplicatesPage {
  readonly entry: Locator;
  readonly view: Locator;
  readonly pairs: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.entry = page.getByRole('navigation', { name: 'Sidebar' }).getByRole('button', { name: /^Possible duplicates/ });
    this.view = page.getByRole('main');
    this.pairs = page.getByRole('list', { name: 'Possible duplicate pairs' }).getByRole('article');
    this.dialog = page.getByRole('dialog', { name: 'Merge duplicates' });
  }

  /** Opens the view from the sidebar once it counts `count` pairs. */
  async open(count: number): Promise<void> {
    await expect(this.entry).toHaveAccessibleName(`Possible duplicates ${count}`, { timeout: 15_000 });
    await this.entry.click();
    await expect(this.view.getByRole('heading', { name: 'Possible duplicates', level: 2 })).toBeVisible();
  }

  /** The pair whose older record has this title. */
  pair(title: string): Locator {
    return this.pairs.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) }).first();
  }

  /** One field's radio group in the Merge duplicates dialog. */
  field(name: string): Locator {
    return this.dialog.getByRole('radiogroup', { name, exact: true });
  }
}
