import { expect, type Locator, type Page } from '@playwright/test';

export interface NewReview {
  name: string;
  question: string;
  inclusion: string[];
  exclusion: string[];
  includeKeywords?: string;
  excludeKeywords?: string;
}

/** The Reviews list, the New review dialog and one review's page. */
export class ReviewsPage {
  readonly entry: Locator;
  readonly main: Locator;
  readonly newReviewButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.entry = page.getByRole('navigation', { name: 'Sidebar' }).getByRole('button', { name: /^Reviews/ });
    this.main = page.getByRole('main');
    this.newReviewButton = this.main.getByRole('button', { name: 'New review' });
    this.dialog = page.getByRole('dialog', { name: 'New review' });
  }

  async open(): Promise<void> {
    await this.entry.click();
    await expect(this.main.getByRole('heading', { name: 'Reviews', level: 2 })).toBeVisible();
  }

  /** Fills the New review dialog (records: the whole library) and waits for the count of records it names. */
  async fillNewReview(review: NewReview, expectedRecords: number): Promise<void> {
    await this.newReviewButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Name' }).fill(review.name);
    await this.dialog.getByRole('textbox', { name: 'Question' }).fill(review.question);
    for (const [kind, labels] of [
      ['Inclusion', review.inclusion],
      ['Exclusion', review.exclusion],
    ] as const) {
      for (const [index, label] of labels.entries()) {
        await this.dialog.getByRole('button', { name: `Add ${kind.toLowerCase()} criterion` }).click();
        await this.dialog.getByRole('textbox', { name: `${kind} criterion ${index + 1} label` }).fill(label);
      }
    }
    if (review.includeKeywords !== undefined) await this.dialog.getByRole('textbox', { name: 'Inclusion keywords' }).fill(review.includeKeywords);
    if (review.excludeKeywords !== undefined) await this.dialog.getByRole('textbox', { name: 'Exclusion keywords' }).fill(review.excludeKeywords);
    await expect(this.dialog.getByRole('combobox', { name: 'Records' })).toHaveValue('library');
    await expect(this.dialog.getByText(`${expectedRecords} records selected`)).toBeVisible();
  }

  async create(review: NewReview, expectedRecords: number): Promise<void> {
    await this.fillNewReview(review, expectedRecords);
    await this.dialog.getByRole('button', { name: 'Create' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.reviewHeading(review.name)).toBeVisible();
  }

  reviewHeading(name: string): Locator {
    return this.main.getByRole('heading', { name, level: 2 });
  }

  /** Opens a review from the Reviews list. */
  async openReview(name: string): Promise<void> {
    await this.main.getByRole('list', { name: 'Reviews' }).getByRole('button', { name }).click();
    await expect(this.reviewHeading(name)).toBeVisible();
  }

  /** One stage's box on the review page: its progress, counts and start button. */
  stage(stage: 'Title and abstract screening' | 'Full-text screening'): Locator {
    return this.main.getByRole('region', { name: stage });
  }

  /** Screening mode's region, and its progress panel. */
  get screening(): Locator {
    return this.page.getByRole('region', { name: 'Screening' });
  }

  /** Waits until screening mode shows a record to decide on, with `screened` of `total` done. */
  async expectScreening(screened: number, total: number): Promise<void> {
    await expect(this.screening.getByRole('region', { name: 'Progress' })).toContainText(`${screened} of ${total} screened`, { timeout: 15_000 });
  }

  async expectTallies(counts: { included: number; excluded: number; maybe: number }): Promise<void> {
    await expect(this.screening.getByRole('region', { name: 'Progress' }).getByRole('definition')).toHaveText([
      String(counts.included),
      String(counts.excluded),
      String(counts.maybe),
    ]);
  }

  /** The title of the record on screen. */
  get recordHeading(): Locator {
    return this.screening.getByRole('article').getByRole('heading', { level: 3 });
  }

  async expectStage(stage: 'Title and abstract screening' | 'Full-text screening', counts: { screened: string; included: number; excluded: number; maybe: number }): Promise<void> {
    const list = this.stage(stage);
    await expect(list.getByRole('definition')).toHaveText([counts.screened, String(counts.included), String(counts.excluded), String(counts.maybe)]);
  }
}
