import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './library-page';

/** Reading lists: the sidebar entries, the New reading list dialog and the list view. */
export class ListsPage {
  readonly sidebar: Locator;
  readonly newListButton: Locator;
  readonly items: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Sidebar' });
    this.newListButton = this.sidebar.getByRole('button', { name: 'New reading list' });
    this.items = page.getByRole('list', { name: /^Items of / }).getByRole('listitem');
    this.exportButton = page.getByRole('button', { name: 'Export as Markdown' });
  }

  /** A list's sidebar entry; its name ends with its progress, "read/total". */
  entry(name: string): Locator {
    return this.sidebar.getByRole('button', { name: escapeRegExp(name) });
  }

  async create(name: string): Promise<void> {
    await this.newListButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New reading list' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.entry(name)).toBeVisible();
  }

  item(titleStart: string): Locator {
    return this.items.filter({ has: this.page.getByRole('button', { name: escapeRegExp(titleStart) }) });
  }

  /** The items' titles, in list order. */
  async titles(): Promise<string[]> {
    return (await this.items.locator('.list-item-title').allInnerTexts()).map((title) => title.trim());
  }

  note(titleStart: string): Locator {
    return this.item(titleStart).getByRole('textbox', { name: "Why it's on the list" });
  }
}
