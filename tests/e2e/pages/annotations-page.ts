import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Runs in the page (tests/e2e has no DOM types, so it is plain source): selects the text from the
 * start of `from` to the end of the first `to` after it, across elements and paragraphs. Text inside
 * typeset math is skipped when searching, as a reader sees the formula and not its MathML.
 */
const SELECT_BETWEEN = `(root, [from, to]) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest('.katex') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const pieces = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  const start = text.indexOf(from);
  if (start < 0) throw new Error('Not in the text: ' + from);
  const toAt = text.indexOf(to, start);
  if (toAt < 0) throw new Error('Not in the text: ' + to);
  const end = toAt + to.length;
  const locate = (offset, isEnd) => {
    for (const piece of pieces) {
      const length = piece.node.data.length;
      if (offset < piece.start + length || (isEnd && offset === piece.start + length)) return [piece.node, offset - piece.start];
    }
    throw new Error('Offset past the text: ' + offset);
  };
  const range = document.createRange();
  range.setStart(...locate(start, false));
  range.setEnd(...locate(end, true));
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}`;

const BODY = 'section[aria-label="Reader"] .abstract-body';

/** The reader's annotation features: selection toolbar, marks, the Annotations panel and the note. */
export class AnnotationsPage {
  readonly body: Locator;
  readonly toolbar: Locator;
  readonly panel: Locator;
  readonly note: Locator;
  readonly couldNotPlace: Locator;

  constructor(readonly page: Page) {
    const reader = page.getByRole('region', { name: 'Reader' });
    this.body = page.locator(BODY);
    this.toolbar = page.getByRole('toolbar', { name: 'Selection' });
    this.panel = page.getByRole('complementary', { name: 'Annotations' });
    this.note = reader.getByRole('textbox', { name: 'Note' });
    this.couldNotPlace = this.panel.getByRole('region', { name: 'Could not place' });
  }

  /** Selects the abstract's text from `from` through `to` (default: just `from`). */
  async select(from: string, to: string = from): Promise<void> {
    await expect(this.body).toContainText(from);
    await this.page.evaluate(`(${SELECT_BETWEEN})(document.querySelector('${BODY}'), ${JSON.stringify([from, to])})`);
  }

  /**
   * Selects `from`…`to` until the toolbar shows: right after a highlight the reader re-renders its
   * text with the new mark, which drops a selection made a moment earlier, as it would a person's.
   */
  async selectWithToolbar(from: string, to: string = from): Promise<void> {
    await expect(async () => {
      await this.select(from, to);
      await expect(this.toolbar).toBeVisible({ timeout: 1_000 });
    }).toPass();
  }

  /** Selects `from`…`to` and presses the toolbar's Highlight button, or a colour's. */
  async highlight(from: string, options: { to?: string; color?: string } = {}): Promise<void> {
    await this.selectWithToolbar(from, options.to);
    const name = options.color ? `Highlight ${options.color}` : 'Highlight';
    await this.toolbar.getByRole('button', { name, exact: true }).click();
    await expect(this.toolbar).toBeHidden();
  }

  /** All marks of one annotation, by the panel's order (0 = first in the text). */
  marks(): Locator {
    return this.body.locator('mark');
  }

  /** The text each highlight covers, read from its marks (a highlight may span several marks). */
  async markedTexts(): Promise<string[]> {
    return this.page.evaluate(`((root) => {
      const byId = new Map();
      for (const mark of root.querySelectorAll('mark[data-annotation-id]')) {
        if (mark.parentElement.closest('mark[data-annotation-id="' + mark.dataset.annotationId + '"]')) continue;
        const id = mark.dataset.annotationId;
        byId.set(id, (byId.get(id) ?? '') + mark.textContent);
      }
      return [...byId.values()];
    })(document.querySelector('${BODY}'))`);
  }

  items(): Locator {
    return this.panel.getByRole('list').first().getByRole('listitem');
  }

  /** The panel's entry for the highlight of exactly `quote`. */
  item(quote: string): Locator {
    return this.panel.getByRole('listitem', { name: `Highlight: ${quote}`, exact: true });
  }

  comment(item: Locator): Locator {
    return item.getByRole('textbox', { name: 'Comment' });
  }
}
