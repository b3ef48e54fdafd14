import type { Locator, Page } from '@playwright/test';
import type { ElementLike } from '../support/in-page';

/** The Reader region: the open abstract, its details form and the capture dialog. */
export class ReaderPage {
  readonly region: Locator;
  readonly title: Locator;
  readonly editButton: Locator;
  readonly captureDialog: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Reader' });
    this.title = this.region.getByRole('heading', { level: 2 });
    this.editButton = this.region.getByRole('button', { name: 'Edit details' });
    this.captureDialog = page.getByRole('dialog');
  }

  /** The abstract's paragraphs (each `<p dir="auto">` of the text, not of the note or comments). */
  paragraphs(): Locator {
    return this.region.locator('.abstract-body p[dir="auto"]');
  }

  section(name: string): Locator {
    return this.region.getByRole('region', { name });
  }

  field(label: 'Title' | 'Authors' | 'Year'): Locator {
    return this.region.getByRole('textbox', { name: label });
  }

  /** Fills the Edit details form and presses Enter to save. */
  async editDetails(values: Partial<Record<'Title' | 'Authors' | 'Year', string>>): Promise<void> {
    await this.editButton.click();
    for (const [label, value] of Object.entries(values) as ['Title' | 'Authors' | 'Year', string][]) {
      await this.field(label).fill(value);
    }
    await this.field('Year').press('Enter');
  }

  /** The text of the abstract's paragraphs with typeset math left out. */
  async textWithoutMath(): Promise<string> {
    return this.paragraphs().evaluateAll((paragraphs: ElementLike[]) =>
      paragraphs
        .map((paragraph) => {
          const copy = paragraph.cloneNode(true);
          copy.querySelectorAll('.katex').forEach((math) => math.remove());
          return copy.textContent ?? '';
        })
        .join('\n'),
    );
  }
}
