import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './library-page';

/** The Tags tree in the sidebar, the reader's Add tag combobox and chips, and the tag dialogs. */
export class TagsPage {
  readonly tree: Locator;
  readonly addTag: Locator;
  readonly reader: Locator;
  readonly menu: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree', { name: 'Tags' });
    this.reader = page.getByRole('region', { name: 'Reader' });
    this.addTag = this.reader.getByRole('combobox', { name: 'Add tag' });
    this.menu = page.getByRole('menu');
    this.dialog = page.getByRole('dialog');
  }

  /** A tree item by its segment name; its accessible name is "name count". */
  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(name).source.slice(1)} \\d+$`) });
  }

  async expectItem(name: string, count: number, level: number): Promise<void> {
    const item = this.item(name);
    await expect(item).toHaveAccessibleName(`${name} ${count}`);
    await expect(item).toHaveAttribute('aria-level', String(level));
  }

  /** The remove button of a chip on the open abstract. */
  removeChip(path: string): Locator {
    return this.reader.getByRole('button', { name: `Remove tag ${path}`, exact: true });
  }

  /** Types a tag into the reader's combobox and presses Enter; waits for its chip. */
  async add(path: string): Promise<void> {
    await this.addTag.fill(path);
    await this.addTag.press('Enter');
    await expect(this.removeChip(path)).toBeVisible();
  }

  /** Opens a tag's context menu with a right-click and chooses an entry. */
  async choose(name: string, entry: 'Rename…' | 'Move to…' | 'Merge into…' | 'Colour…' | 'Delete'): Promise<void> {
    await this.item(name).locator('.tag-tree-row').first().click({ button: 'right' });
    await this.menu.getByRole('menuitem', { name: entry }).click();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.choose(name, 'Rename…');
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(newName);
    await this.dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async merge(name: string, intoPath: string): Promise<void> {
    await this.choose(name, 'Merge into…');
    await this.dialog.getByRole('combobox', { name: 'Merge into' }).fill(intoPath);
    await this.dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
