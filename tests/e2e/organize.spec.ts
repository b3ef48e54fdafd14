import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ListsPage } from './pages/lists-page';
import { ReaderPage } from './pages/reader-page';
import { TagsPage } from './pages/tags-page';
import { expect, test } from './support/app-test';
import { FAIL_WRITES, RESTORE_WRITES } from './support/in-page';
import { SEED_ABSTRACTS } from './support/seed-facts';

/** The first `count` titles of the list as it stands (newest first). */
async function firstTitles(library: LibraryPage, count: number): Promise<string[]> {
  const titles = (await library.allOptions()).map((option) => option.title).slice(0, count);
  expect(titles).toHaveLength(count);
  return titles;
}

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('tags nest by path; a parent lists its descendants; renaming it keeps all three', async ({ page }) => {
  const library = new LibraryPage(page);
  const tags = new TagsPage(page);
  const [a, b, c] = await firstTitles(library, 3);
  if (!a || !b || !c) throw new Error('seed titles missing');

  await library.openAbstract(a);
  await tags.add('theory/sgd');
  await library.openAbstract(b);
  await tags.add('theory/sgd');
  await library.openAbstract(c);
  await tags.add('theory/landscape');

  await tags.expectItem('theory', 3, 1);
  await expect(tags.item('theory')).toHaveAttribute('aria-expanded', 'true');
  await tags.expectItem('sgd', 2, 2);
  await tags.expectItem('landscape', 1, 2);
  await expect(tags.item('theory').getByRole('group').getByRole('treeitem')).toHaveCount(2);

  await tags.item('theory').locator('.tag-tree-row').first().click();
  await expect(library.list.getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Remove filter: tag theory' })).toBeVisible();
  for (const title of [a, b, c]) await expect(library.option(title)).toBeVisible();

  await tags.rename('theory', 'ml-theory');
  await tags.expectItem('ml-theory', 3, 1);
  await expect(tags.item('theory')).toHaveCount(0);
  await expect(library.list.getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Remove filter: tag ml-theory' })).toBeVisible();
  // The children followed, on the abstracts too.
  await expect(tags.removeChip('ml-theory/landscape')).toBeVisible();

  // Removing the chip shows the whole library again.
  await page.getByRole('button', { name: 'Remove filter: tag ml-theory' }).click();
  await expect(library.list.getByRole('option', { selected: false }).first()).toBeVisible();
  await expect(page.getByText(`${SEED_ABSTRACTS} abstracts`)).toBeVisible();
});

test('merging one tag into another moves its abstracts, and Undo brings it back', async ({ page }) => {
  const library = new LibraryPage(page);
  const tags = new TagsPage(page);
  const [a, b, c] = await firstTitles(library, 3);
  if (!a || !b || !c) throw new Error('seed titles missing');
  await library.openAbstract(a);
  await tags.add('optim');
  await library.openAbstract(b);
  await tags.add('optimisation');
  await library.openAbstract(c);
  await tags.add('optim');
  await tags.add('optimisation');

  await tags.merge('optim', 'optimisation');
  await expect(tags.item('optim')).toHaveCount(0);
  await tags.expectItem('optimisation', 3, 1);
  await expect(tags.removeChip('optimisation')).toBeVisible();
  await expect(page.getByText('Merged tag optim into optimisation')).toBeVisible();

  await library.list.focus();
  await page.keyboard.press('Control+z');
  await tags.expectItem('optim', 2, 1);
  await tags.expectItem('optimisation', 2, 1);
  await page.keyboard.press('Control+Shift+z');
  await expect(tags.item('optim')).toHaveCount(0);
});

test('bulk-tagging five abstracts is one action, and Undo takes it back', async ({ page }) => {
  const library = new LibraryPage(page);
  const tags = new TagsPage(page);
  const atPosition = (position: number) => library.list.locator(`[role="option"][aria-posinset="${position}"]`);
  const first = (await atPosition(1).locator('.abstract-option-title').innerText()).trim();

  await atPosition(1).click();
  await atPosition(5).click({ modifiers: ['Shift'] });
  await expect(library.list).toHaveAttribute('aria-multiselectable', 'true');
  await expect(library.list.getByRole('option', { selected: true })).toHaveCount(5);
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('5 selected');

  // Ctrl-click takes one out and puts it back.
  await atPosition(3).click({ modifiers: ['Control'] });
  await expect(library.list.getByRole('option', { selected: true })).toHaveCount(4);
  await expect(atPosition(3)).toHaveAttribute('aria-selected', 'false');
  await atPosition(3).click({ modifiers: ['Control'] });
  await expect(library.list.getByRole('option', { selected: true })).toHaveCount(5);

  await bar.getByRole('button', { name: 'Add tag…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Tag' }).fill('batch/one');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByText('Tagged 5 abstracts')).toBeVisible();
  await tags.expectItem('batch', 5, 1);
  await tags.expectItem('one', 5, 2);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('Undone: Tagged 5 abstracts')).toBeVisible();
  await expect(tags.item('one')).toHaveCount(0);
  await library.openAbstract(first);
  await expect(tags.removeChip('batch/one')).toHaveCount(0);

  // Ctrl+A selects the whole list.
  await library.list.focus();
  await page.keyboard.press('Control+a');
  await expect(bar).toContainText(`${SEED_ABSTRACTS} selected`);
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
});

test('a write that fails shows in the toast as an alert, and the action can be tried again', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const [a] = await firstTitles(library, 1);
  if (!a) throw new Error('seed titles missing');
  await library.openAbstract(a);
  const star = reader.region.getByRole('button', { name: 'Star' });

  await page.evaluate(FAIL_WRITES);
  await star.click();
  await expect(page.getByRole('alert')).toContainText('Not done: Starred.');
  await expect(page.getByRole('alert')).toContainText('The disk is full.');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(star).toHaveAttribute('aria-pressed', 'false');

  await page.evaluate(RESTORE_WRITES);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
});

test('status and star: Unread filters, and combines with a tag', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const tags = new TagsPage(page);
  const sidebar = library.sidebar;
  const [a, b] = await firstTitles(library, 2);
  if (!a || !b) throw new Error('seed titles missing');

  await expect(sidebar.getByRole('button', { name: /^Unread/ })).toHaveAccessibleName(`Unread ${SEED_ABSTRACTS}`);
  await library.openAbstract(a);
  const status = reader.region.getByRole('combobox', { name: 'Status' });
  // Opening alone does not change the status (the setting is off by default).
  await expect(status).toHaveValue('unread');
  await status.selectOption('Read');
  await tags.add('keep');
  await reader.region.getByRole('button', { name: 'Star' }).click();
  await expect(reader.region.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true');
  await library.openAbstract(b);
  await reader.region.getByRole('combobox', { name: 'Status' }).selectOption('Reading');
  await tags.add('keep');

  await expect(sidebar.getByRole('button', { name: /^Unread/ })).toHaveAccessibleName(`Unread ${SEED_ABSTRACTS - 2}`);
  await expect(sidebar.getByRole('button', { name: /^Reading \d/ })).toHaveAccessibleName('Reading 1');
  await expect(sidebar.getByRole('button', { name: /^Starred/ })).toHaveAccessibleName('Starred 1');

  await sidebar.getByRole('button', { name: /^Unread/ }).click();
  await expect(page.getByText(`${SEED_ABSTRACTS - 2} abstracts`)).toBeVisible();
  await expect(library.option(a)).toHaveCount(0);

  // A tag AND a status: the keep tag holds a (read) and b (reading), neither unread.
  await tags.item('keep').locator('.tag-tree-row').first().click();
  await expect(page.getByText('Nothing matches')).toBeVisible();
  // Picking another status replaces Unread.
  await sidebar.getByRole('button', { name: /^Reading \d/ }).click();
  await expect(page.getByRole('button', { name: 'Remove filter: status Unread' })).toHaveCount(0);
  await expect(library.list.getByRole('option')).toHaveCount(1);
  await expect(library.option(b)).toBeVisible();
  await page.getByRole('button', { name: 'Remove filter: status Reading' }).click();
  await expect(library.list.getByRole('option')).toHaveCount(2);

  await library.list.focus();
  await page.keyboard.press('Control+z'); // takes back the last tag
  await expect(library.list.getByRole('option')).toHaveCount(1);
});

test('Settings: Mark as Reading when opened', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const [a] = await firstTitles(library, 1);
  if (!a) throw new Error('seed titles missing');
  await page.getByRole('button', { name: 'Settings' }).click();
  const box = page.getByRole('dialog', { name: 'Settings' }).getByRole('checkbox', { name: 'Mark as Reading when opened' });
  await expect(box).not.toBeChecked();
  await box.check();
  await page.keyboard.press('Escape');
  await library.openAbstract(a);
  await expect(reader.region.getByRole('combobox', { name: 'Status' })).toHaveValue('reading');
});

test('a reading list: add three, reorder by keyboard and drag, notes, export, and the order survives a reload', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const lists = new ListsPage(page);
  const [a, b, c] = await firstTitles(library, 3);
  if (!a || !b || !c) throw new Error('seed titles missing');

  await lists.create('Paper club');
  await expect(page.getByText('This list is empty')).toBeVisible();
  await library.libraryItem.click();

  // From the reader, twice; then by dragging a row onto the list in the sidebar.
  for (const title of [a, b]) {
    await library.openAbstract(title);
    await reader.region.getByRole('combobox', { name: 'Add to reading list' }).selectOption('Paper club');
  }
  await library.option(c).dragTo(lists.entry('Paper club'));
  await expect(lists.entry('Paper club')).toHaveAccessibleName('Paper club 0/3');

  await lists.entry('Paper club').click();
  await expect.poll(() => lists.titles()).toEqual([a, b, c]);
  await expect(page.getByText('0 of 3 read')).toBeVisible();

  // Alt+↑ on the focused item moves it up.
  await lists.item(c).getByRole('button', { name: c, exact: true }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => lists.titles()).toEqual([a, c, b]);
  await expect(lists.item(c).getByRole('button', { name: c, exact: true })).toBeFocused();
  // Dragging b onto a puts it first.
  await lists.item(b).dragTo(lists.item(a));
  await expect.poll(() => lists.titles()).toEqual([b, a, c]);

  await lists.note(a).fill('Read before Thursday');
  await lists.note(a).press('Enter');
  await lists.item(a).getByRole('button', { name: a, exact: true }).click();
  await reader.region.getByRole('combobox', { name: 'Status' }).selectOption('Read');
  await expect(page.getByText('1 of 3 read')).toBeVisible();

  const download = page.waitForEvent('download');
  await lists.exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Paper club.md');
  const markdown = await readFile((await file.path()) ?? '', 'utf8');
  expect(markdown.indexOf(b)).toBeLessThan(markdown.indexOf(a));
  expect(markdown.indexOf(a)).toBeLessThan(markdown.indexOf(c));
  expect(markdown).toContain('Read before Thursday');

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  await lists.entry('Paper club').click();
  await expect.poll(() => lists.titles()).toEqual([b, a, c]);
  await expect(lists.note(a)).toHaveValue('Read before Thursday');
  await expect(lists.entry('Paper club')).toHaveAccessibleName('Paper club 1/3');

  // Deleting the list is undoable, items and order included.
  await page.getByRole('button', { name: 'Delete list' }).click();
  await expect(lists.entry('Paper club')).toHaveCount(0);
  await expect(page.getByText(`${SEED_ABSTRACTS} abstracts`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await lists.entry('Paper club').click();
  await expect.poll(() => lists.titles()).toEqual([b, a, c]);
});

test('keyboard only: the Add tag combobox and the Tags tree', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const tags = new TagsPage(page);

  // Open the first abstract from the keyboard and tag it.
  await library.list.focus();
  await page.keyboard.press('Enter');
  await expect(reader.title).toBeVisible();
  await tags.addTag.focus();
  await page.keyboard.type('theory/optimization/sgd');
  await page.keyboard.press('Enter');
  await expect(tags.removeChip('theory/optimization/sgd')).toBeVisible();
  await expect(tags.addTag).toBeFocused();
  await expect(tags.addTag).toHaveValue('');

  // The next abstract: the combobox offers existing tags; arrows pick, Enter adds. Typing waits
  // until the reader shows it, or the keys would land in the previous abstract's field.
  const firstTitle = (await reader.title.textContent()) ?? '';
  await library.list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(reader.title).not.toHaveText(firstTitle);
  await expect(tags.removeChip('theory/optimization/sgd')).toHaveCount(0);
  await tags.addTag.focus();
  await page.keyboard.type('opt');
  await expect(tags.addTag).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('listbox', { name: 'Tags' }).getByRole('option');
  await expect(options.first()).toHaveText('theory/optimization');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tags.addTag).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(tags.removeChip('theory/optimization/sgd')).toBeVisible();
  await page.keyboard.press('Escape');

  // The tree: one tab stop; arrows move, ← collapses and goes to the parent, → expands and enters.
  await tags.item('theory').focus();
  await expect(tags.item('theory')).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowDown');
  await expect(tags.item('optimization')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(tags.item('sgd')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tags.item('optimization')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tags.item('optimization')).toHaveAttribute('aria-expanded', 'false');
  await expect(tags.item('sgd')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(tags.item('optimization')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tags.item('sgd')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tags.item('sgd')).toHaveAttribute('aria-selected', 'true');
  await expect(library.list.getByRole('option')).toHaveCount(2);

  // Shift+F10 opens the tag's menu; Rename… from the keyboard.
  await page.keyboard.press('Shift+F10');
  await expect(tags.menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tags.dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('adam');
  await page.keyboard.press('Enter');
  await tags.expectItem('adam', 2, 3);
  await expect(tags.item('adam')).toBeFocused();
  await expect(library.list.getByRole('option')).toHaveCount(2);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in tags, lists, chips and the bulk bar (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const library = new LibraryPage(page);
    const tags = new TagsPage(page);
    const lists = new ListsPage(page);
    const [a] = await firstTitles(library, 1);
    if (!a) throw new Error('seed titles missing');
    await library.openAbstract(a);
    await tags.add('theory/sgd');
    await lists.create('Paper club');
    await library.libraryItem.click();
    await library.option(a).dragTo(lists.entry('Paper club'));
    await tags.item('theory').locator('.tag-tree-row').first().click();
    await library.sidebar.getByRole('button', { name: /^Unread/ }).click();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Remove filter: tag theory' }).click();
    // The wider list must be in place before it takes focus: Ctrl+A selects the rows it shows.
    await expect(library.list.getByRole('option').nth(1)).toBeVisible();
    await library.list.focus();
    await page.keyboard.press('Control+a');
    await expect(page.getByRole('toolbar', { name: 'Bulk actions' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await lists.entry('Paper club').click();
    await expect(lists.items).toHaveCount(1);
    await tags.item('theory').locator('.tag-tree-row').first().click({ button: 'right' });
    await expect(tags.menu).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
