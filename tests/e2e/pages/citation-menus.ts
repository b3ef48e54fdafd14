import type { Locator, Page } from '@playwright/test';

/** Reads the HTML flavour of the clipboard in the page (null when the copy offered none). */
export const CLIPBOARD_HTML = `(async () => {
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
  }
  return null;
})()`;

/** The "Copy citation" and "Copy bibliography" menu buttons inside a region (the reader, the bulk bar, a list). */
export class CitationMenus {
  readonly citationButton: Locator;
  readonly bibliographyButton: Locator;

  constructor(
    readonly page: Page,
    readonly within: Locator,
  ) {
    this.citationButton = within.getByRole('button', { name: 'Copy citation', exact: true });
    this.bibliographyButton = within.getByRole('button', { name: 'Copy bibliography', exact: true });
  }

  menu(name: 'Copy citation' | 'Copy bibliography'): Locator {
    return this.page.getByRole('menu', { name });
  }

  /** Opens "Copy citation" and picks `choice` ("APA 7th" (full reference), "In-text citation (APA 7th)", "pandoc [@key]"…). */
  async copyCitation(choice: string): Promise<void> {
    await this.citationButton.click();
    await this.menu('Copy citation').getByRole('menuitem', { name: choice, exact: true }).click();
  }

  async copyBibliography(style: string): Promise<void> {
    await this.bibliographyButton.click();
    await this.menu('Copy bibliography').getByRole('menuitem', { name: style, exact: true }).click();
  }
}
