import { expect, type Locator, type Page } from '@playwright/test';

/** Synthesis notes (sidebar "Notes" and the note view) and the mentions typeahead of any editor. */
export class NotesPage {
  readonly sidebar: Locator;
  readonly newNoteButton: Locator;
  readonly view: Locator;
  readonly titleField: Locator;
  readonly editor: Locator;
  readonly mentionMenu: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Sidebar' });
    this.newNoteButton = this.sidebar.getByRole('button', { name: 'New note' });
    this.view = page.getByRole('region', { name: 'Synthesis note' });
    this.titleField = this.view.getByRole('textbox', { name: 'Note title' });
    this.editor = this.view.getByRole('textbox', { name: 'Note', exact: true });
    this.mentionMenu = page.getByRole('listbox', { name: 'Mention an abstract' });
  }

  noteEntry(title: string): Locator {
    return this.sidebar.getByRole('button', { name: title, exact: true });
  }

  /** Starts a synthesis note and names it. */
  async create(title: string): Promise<void> {
    await this.newNoteButton.click();
    await expect(this.view).toBeVisible();
    await this.titleField.fill(title);
    await this.titleField.press('Enter');
    await expect(this.noteEntry(title)).toBeVisible();
  }

  /** In `editor`, types the trigger and `query`, then picks the option named `title` (by click or Enter). */
  async mention(editor: Locator, trigger: '[[' | '@', query: string, title: string, how: 'click' | 'enter' = 'click'): Promise<void> {
    await editor.pressSequentially(`${trigger}${query}`);
    const option = this.mentionMenu.getByRole('option', { name: title });
    await expect(option).toBeVisible();
    if (how === 'click') {
      await option.click();
    } else {
      await expect(option).toHaveAttribute('aria-selected', 'true');
      await editor.press('Enter');
    }
    await expect(this.mentionMenu).toBeHidden();
  }

  /** The mention of the abstract titled `title` inside `editor`. */
  mentionIn(editor: Locator, title: string): Locator {
    return editor.getByRole('button', { name: title });
  }
}
