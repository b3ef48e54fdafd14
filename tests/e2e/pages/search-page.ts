import { expect, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from './library-page';

/** The search box above the list, its results, and the sidebar's Saved searches. */
export class SearchPage {
  readonly box: Locator;
  readonly list: Locator;
  readonly saveButton: Locator;
  readonly savedSearches: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search' });
    this.list = page.getByRole('listbox', { name: 'Abstracts' });
    this.saveButton = page.getByRole('button', { name: 'Save search' });
    this.savedSearches = page.getByRole('navigation', { name: 'Sidebar' }).getByRole('list', { name: 'Saved searches' });
    this.progress = page.getByRole('progressbar', { name: 'Building the search index' });
  }

  /** Types `query` into the box, replacing what was there, as a user would. */
  async search(query: string): Promise<void> {
    await this.box.fill('');
    await this.box.pressSequentially(query, { delay: 15 });
  }

  /** The result rows in rank order (only those rendered; the seed library fits on screen). */
  results(): Locator {
    return this.list.getByRole('option');
  }

  result(titleStart: string): Locator {
    return this.list.getByRole('option', { name: escapeRegExp(titleStart) });
  }

  /** Waits until the list holds exactly the abstracts starting with these titles, in any order. */
  async expectResults(titleStarts: readonly string[]): Promise<void> {
    await expect(this.results()).toHaveCount(titleStarts.length);
    for (const title of titleStarts) await expect(this.result(title)).toBeVisible();
  }

  /** A saved search's sidebar entry; its accessible name is "name count". */
  savedSearch(name: string): Locator {
    return this.savedSearches.getByRole('button', { name: new RegExp(`^${escapeRegExp(name).source.slice(1)}\\s*\\d*$`) });
  }

  async expectSavedCount(name: string, count: number): Promise<void> {
    await expect(this.savedSearch(name)).toHaveAccessibleName(`${name} ${count}`);
  }
}
