import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './library-page';

/** The command palette (Ctrl+K or Ctrl+Shift+P). */
export class PalettePage {
  readonly dialog: Locator;
  readonly field: Locator;
  readonly options: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.field = this.dialog.getByRole('combobox', { name: 'Command' });
    this.options = this.dialog.getByRole('listbox', { name: 'Commands' }).getByRole('option');
  }

  async open(keys: 'Control+k' | 'Control+Shift+P' = 'Control+k'): Promise<void> {
    await this.page.keyboard.press(keys);
    await expect(this.field).toBeFocused();
  }

  option(titleStart: string): Locator {
    return this.options.filter({ hasText: escapeRegExp(titleStart) });
  }

  /** Opens the palette, types `typed`, and runs the highlighted (first) entry, which must be `title`. */
  async run(typed: string, title: string): Promise<void> {
    await this.open();
    await this.field.fill(typed);
    await expect(this.options.first()).toHaveText(escapeRegExp(title));
    await this.field.press('Enter');
  }
}
