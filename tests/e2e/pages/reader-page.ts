import type { Locator, Page } from '@playwright/test';
import type { ElementLike } from '../support/in-page';

/** The text boxes of the Edit details form, by label. */
export type DetailsField = 'Title' | 'Authors' | 'Year' | 'Venue' | 'DOI' | 'arXiv ID' | 'URL' | 'Citation key' | 'Keywords';

/** What `editDetails` fills in: text boxes by label, and the Type by its readable name ("Journal article"). */
export type DetailsValues = Partial<Record<DetailsField | 'Type', string>>;

/** The Reader region: the open abstract, its details and their form, and the capture dialog. */
export class ReaderPage {
  readonly region: Locator;
  readonly title: Locator;
  readonly editButton: Locator;
  readonly editForm: Locator;
  readonly typeSelect: Locator;
  /** The region "Details" under the header: type, venue, identifiers, citation key, keywords, other fields. */
  readonly details: Locator;
  readonly captureDialog: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Reader' });
    this.title = this.region.getByRole('heading', { level: 2 });
    this.editButton = this.region.getByRole('button', { name: 'Edit details' });
    this.editForm = this.region.getByRole('form', { name: 'Edit details' });
    this.typeSelect = this.editForm.getByRole('combobox', { name: 'Type' });
    this.details = this.region.getByRole('region', { name: 'Details' });
    this.captureDialog = page.getByRole('dialog');
  }

  /** The Details list's value for `term` (its `dd`), e.g. detail('Venue'). */
  detail(term: string): Locator {
    return this.details.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** The abstract's paragraphs (each `<p dir="auto">` of the text, not of the note or comments). */
  paragraphs(): Locator {
    return this.region.locator('.abstract-body p[dir="auto"]');
  }

  section(name: string): Locator {
    return this.region.getByRole('region', { name });
  }

  field(label: DetailsField): Locator {
    return this.region.getByRole('textbox', { name: label, exact: true });
  }

  /** Opens Edit details, fills it in and presses Enter to save. */
  async editDetails(values: DetailsValues): Promise<void> {
    await this.editButton.click();
    await this.fillDetails(values);
    await this.field('Year').press('Enter');
  }

  async fillDetails(values: DetailsValues): Promise<void> {
    for (const [label, value] of Object.entries(values) as [DetailsField | 'Type', string][]) {
      if (label === 'Type') await this.typeSelect.selectOption({ label: value });
      else await this.field(label).fill(value);
    }
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
