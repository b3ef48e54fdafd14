import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';
import type { ElementLike, ScrollBox } from '../support/in-page';

export function escapeRegExp(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The sidebar, the list pane and the import controls: one page model per screen. */
export class LibraryPage {
  readonly sidebar: Locator;
  readonly libraryItem: Locator;
  readonly list: Locator;
  readonly importButton: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly sortSelect: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Sidebar' });
    this.libraryItem = this.sidebar.getByRole('button', { name: /^Library/ });
    this.list = page.getByRole('listbox', { name: 'Abstracts' });
    this.importButton = page.getByRole('button', { name: /^Import/ });
    this.status = page.getByRole('status');
    this.alert = page.getByRole('alert');
    this.sortSelect = page.getByRole('combobox', { name: 'Sort by' });
  }

  /** Opens the app and waits until the library shows `expectedCount` abstracts. */
  async open(expectedCount: number): Promise<void> {
    await this.page.goto('/');
    await this.expectCount(expectedCount);
  }

  /** The count shown next to "Library" in the sidebar (read from the database). */
  async libraryCount(): Promise<number> {
    const text = await this.libraryItem.innerText();
    const match = /(\d[\d,]*)\s*$/.exec(text);
    if (!match?.[1]) throw new Error(`No count in the Library entry: ${JSON.stringify(text)}`);
    return Number(match[1].replace(/,/g, ''));
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.libraryItem).toHaveText(new RegExp(`^Library\\s*${count}$`), { timeout: 20_000 });
  }

  sourceItem(fileName: string): Locator {
    return this.sidebar.getByRole('button', { name: escapeRegExp(fileName) });
  }

  option(titleStart: string): Locator {
    return this.list.getByRole('option', { name: escapeRegExp(titleStart) });
  }

  /**
   * The accessible names of every option, collected by scrolling the virtualized list from top to
   * bottom, so rows that are not rendered at first are counted too.
   */
  async allOptionNames(): Promise<string[]> {
    return (await this.allOptions()).map((option) => option.text);
  }

  /** Every option's title line and full text, in list order (see `allOptionNames`). */
  async allOptions(): Promise<{ title: string; text: string }[]> {
    const names = new Map<number, { title: string; text: string }>();
    await this.list.evaluate((el: ScrollBox) => el.scrollTo({ top: 0 }));
    for (;;) {
      await this.readRenderedOptions(names);
      const atEnd = await this.scrollListBy(0.5);
      if (atEnd) break;
    }
    return [...names.entries()].sort(([a], [b]) => a - b).map(([, option]) => option);
  }

  /** Records the rendered options by position, waiting for rows whose record is still loading. */
  private async readRenderedOptions(names: Map<number, { title: string; text: string }>): Promise<void> {
    await expect(async () => {
      const rows = await this.list.getByRole('option').evaluateAll((options: ElementLike[]) =>
        options.map((option) => ({
          position: Number(option.getAttribute('aria-posinset')),
          text: option.innerText.trim(),
        })),
      );
      expect(rows.every((row) => row.text !== '')).toBe(true);
      for (const { position, text } of rows)
        names.set(position, { title: text.split('\n')[0] ?? '', text: text.replace(/\s+/g, ' ') });
    }).toPass({ timeout: 5_000 });
  }

  /** Scrolls the list by a fraction of its height; true when it was already at the bottom. */
  private async scrollListBy(fraction: number): Promise<boolean> {
    const atEnd = await this.list.evaluate((el: ScrollBox, by: number) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollBy({ top: el.clientHeight * by });
      return end;
    }, fraction);
    await this.page.waitForTimeout(40);
    return atEnd;
  }

  /** Scrolls the list until the option starting with `titleStart` is rendered, then clicks it. */
  async openAbstract(titleStart: string): Promise<void> {
    const option = this.option(titleStart);
    await this.list.evaluate((el: ScrollBox) => el.scrollTo({ top: 0 }));
    for (let step = 0; step < 400 && (await option.count()) === 0; step += 1) {
      if (await this.scrollListBy(0.5)) break;
    }
    await option.click();
    // The reader follows the list a moment later; acting before it has switched would act on the previous abstract.
    const reader = this.page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByRole('heading', { level: 2 }).first()).toContainText(titleStart.replace(/…$/, ''));
  }

  /** Imports files through the host's file chooser, as a user picking them would. */
  async importThroughChooser(files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(files);
  }
}
