import type { Locator, Page } from '@playwright/test';
import { escapeRegExp } from './library-page';

/** The reader's Links and Backlinks regions and the Link to… dialog. */
export class LinksPage {
  readonly reader: Locator;
  readonly links: Locator;
  readonly backlinks: Locator;
  readonly linkToButton: Locator;
  readonly dialog: Locator;
  readonly search: Locator;
  readonly samePage: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByRole('region', { name: 'Reader' });
    // Exact names: "Backlinks" contains "links".
    this.links = this.reader.getByRole('region', { name: 'Links', exact: true });
    this.backlinks = this.reader.getByRole('region', { name: 'Backlinks', exact: true });
    this.linkToButton = this.reader.getByRole('button', { name: /^Link to/ });
    this.dialog = page.getByRole('dialog', { name: /^Link to/ });
    this.search = this.dialog.getByRole('combobox');
    this.samePage = this.links.getByRole('region', { name: /^On the same page/ });
    this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  }

  /** The group of links of one type ("supports") or inverse ("supported by") inside a region. */
  group(region: Locator, label: string): Locator {
    return region.getByRole('group', { name: label, exact: true });
  }

  linkedAbstract(region: Locator, titleStart: string): Locator {
    return region.getByRole('button', { name: escapeRegExp(titleStart) });
  }

  option(titleStart: string): Locator {
    return this.dialog.getByRole('option', { name: escapeRegExp(titleStart) });
  }

  linkType(label: string): Locator {
    return this.dialog.getByRole('radio', { name: label, exact: true });
  }

  removeButton(titleStart: string): Locator {
    return this.links.getByRole('button', { name: `Remove link to ${titleStart}` });
  }

  /** Links the open abstract to another with the mouse: search, pick, choose the type, Link. */
  async linkTo(titleStart: string, type: string, note = ''): Promise<void> {
    await this.linkToButton.click();
    await this.search.fill(titleStart);
    await this.option(titleStart).click();
    await this.linkType(type).check();
    if (note !== '') await this.dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
    await this.dialog.getByRole('button', { name: 'Link', exact: true }).click();
  }
}
