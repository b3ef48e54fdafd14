import { expect, type Locator, type Page } from '@playwright/test';

/** The graph view: its sidebar entry, toolbar, filters, the Graph region and its status line. */
export class GraphPage {
  readonly entry: Locator;
  readonly region: Locator;
  readonly status: Locator;
  readonly find: Locator;
  readonly matches: Locator;
  readonly neighbourhood: Locator;
  readonly tag: Locator;
  readonly draw: Locator;
  /** "Showing the N most linked of M…": there while the filter lets through more abstracts than are drawn. */
  readonly capNote: Locator;

  constructor(readonly page: Page) {
    this.entry = page.getByRole('navigation', { name: 'Sidebar' }).getByRole('button', { name: 'Graph', exact: true });
    this.region = page.getByRole('region', { name: 'Graph', exact: true });
    this.status = page.getByRole('status').filter({ hasText: /abstracts?,/ });
    this.find = page.getByRole('combobox', { name: 'Find in graph' });
    this.matches = page.getByRole('listbox', { name: 'Graph matches' });
    this.neighbourhood = page.getByRole('combobox', { name: 'Neighbourhood' });
    this.tag = page.getByRole('combobox', { name: 'Tag', exact: true });
    this.draw = page.getByRole('combobox', { name: 'Draw', exact: true });
    this.capNote = page.getByRole('note').filter({ hasText: /most linked of/ });
  }

  /** Switches to the graph and waits until its layout has settled. */
  async open(): Promise<void> {
    await this.entry.click();
    await expect(this.region).toBeVisible();
    await this.waitUntilSettled();
  }

  async waitUntilSettled(): Promise<void> {
    await expect(this.status).toBeVisible({ timeout: 15_000 });
    await expect(this.region).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  }

  /** The abstract and link counts the status line shows. */
  async counts(): Promise<{ abstracts: number; links: number }> {
    const text = await this.status.innerText();
    const match = /^([\d,]+) abstracts?, ([\d,]+) links?/.exec(text);
    if (!match?.[1] || !match[2]) throw new Error(`No counts in the graph status: ${JSON.stringify(text)}`);
    return { abstracts: Number(match[1].replace(/,/g, '')), links: Number(match[2].replace(/,/g, '')) };
  }

  linkType(label: string): Locator {
    return this.page.getByRole('group', { name: 'Link types' }).getByRole('checkbox', { name: label, exact: true });
  }

  /** Finds an abstract by title; the graph centres the view on its node. */
  async findAndCentre(title: string): Promise<void> {
    await this.find.fill(title);
    await this.matches.getByRole('option', { name: title }).first().click();
  }

  /** Clicks the middle of the Graph region, where Find put the node. */
  async clickCentre(): Promise<void> {
    const box = await this.region.boundingBox();
    if (box === null) throw new Error('The Graph region is not laid out.');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}
