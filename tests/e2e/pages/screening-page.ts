import { expect, type Locator, type Page } from '@playwright/test';

/** Screening mode: the region "Screening" with one record, the verdict buttons, the progress and the live region. */
export class ScreeningPage {
  readonly region: Locator;
  readonly recordTitle: Locator;
  readonly announcement: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Screening' });
    this.recordTitle = this.region.getByRole('article').getByRole('heading', { level: 3 });
    this.announcement = this.region.getByRole('status').filter({ hasNotText: /Ranking the records/ });
    this.progress = this.region.getByRole('region', { name: 'Progress' });
  }

  async expectOpen(heading: 'Title and abstract screening' | 'Full-text screening'): Promise<void> {
    await expect(this.region.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    await expect(
      this.recordTitle.or(this.region.getByRole('heading', { name: /^All \d+ records? screened$/ })),
    ).toBeVisible();
  }

  async expectScreened(screened: number, total: number): Promise<void> {
    await expect(this.progress.getByText(`${screened} of ${total} screened`)).toBeVisible();
    await expect(this.progress.getByRole('progressbar', { name: 'Screened' })).toHaveAttribute(
      'aria-valuenow',
      String(screened),
    );
  }

  async expectTallies(counts: { included: number; excluded: number; maybe: number }): Promise<void> {
    await expect(this.progress.getByRole('definition')).toHaveText([
      String(counts.included),
      String(counts.excluded),
      String(counts.maybe),
    ]);
  }

  async title(): Promise<string> {
    return (await this.recordTitle.innerText()).trim();
  }

  /** Presses a screening key and waits for the live region to say what it did. */
  async press(key: string, says: string | RegExp): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.announcement).toHaveText(says);
  }

  /** Presses a key that decides and waits for the next record to replace `before`. */
  async decide(key: string, says: string | RegExp): Promise<void> {
    const before = await this.title();
    await this.press(key, says);
    await expect(this.recordTitle).not.toHaveText(before);
  }

  reasons(): Locator {
    return this.region.getByRole('listbox', { name: /Reason for excluding/ });
  }
}
