import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { PalettePage } from './pages/palette-page';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { TagsPage } from './pages/tags-page';
import { test } from './support/app-test';
import { ARORA_START, ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

const CYCLICAL = 'Exploring loss function topology with cyclical learning rates';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

async function tagAbstract(page: Page, title: string, tag: string): Promise<void> {
  await new LibraryPage(page).openAbstract(title);
  await new TagsPage(page).add(tag);
}

test('typing "cyclical learning" ranks the cyclical-learning-rates abstract first, with its terms marked', async ({ page }) => {
  const search = new SearchPage(page);
  await search.search('cyclical learning');
  await expect(search.results().first()).toHaveAccessibleName(new RegExp(`^${CYCLICAL}`, 'i'));
  await expect(page.getByText(/^\d+ results?$/)).toBeVisible();

  const first = search.results().first();
  await expect(first.locator('mark.search-hit', { hasText: /^cyclical$/i }).first()).toBeVisible();
  await expect(first.locator('mark.search-hit', { hasText: /^learning$/i }).first()).toBeVisible();

  await first.click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(new RegExp(CYCLICAL, 'i'));
  await expect(reader.region.locator('.abstract-body mark.search-hit', { hasText: /^Cyclical$/ }).first()).toBeVisible();

  // Escape clears the query and the list is the whole library again.
  await search.box.press('Escape');
  await expect(search.box).toHaveValue('');
  await expect(page.getByText(`${SEED_ABSTRACTS} abstracts`)).toBeVisible();
  await expect(reader.region.locator('mark.search-hit')).toHaveCount(0);
});

test('a typo ("zonotpes") still finds the Arora et al. abstract', async ({ page }) => {
  const search = new SearchPage(page);
  await search.search('zonotpes');
  await expect(search.results().first()).toHaveAccessibleName(new RegExp(`^${ARORA_START}`));
  await expect(search.results().first().locator('mark.search-hit', { hasText: /^zonotopes$/i }).first()).toBeVisible();
});

test('"/" focuses the search box, but types a slash inside a text field', async ({ page }) => {
  const search = new SearchPage(page);
  await new LibraryPage(page).list.focus();
  await page.keyboard.press('/');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('energy');
  await expect(search.result(ENERGY_PROPAGATION.title)).toBeVisible();
  await search.box.press('Escape');

  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  const addTag = new TagsPage(page).addTag;
  await addTag.click();
  await page.keyboard.type('a/b');
  await expect(addTag).toHaveValue('a/b');
  await expect(search.box).not.toBeFocused();

  await page.keyboard.press('Control+f');
  await expect(search.box).toBeFocused();
});

test('tag: (with descendants), is: and negation filter; bad syntax is explained under the box', async ({ page }) => {
  const search = new SearchPage(page);
  await tagAbstract(page, LINEAR_TEACHERS.title, 'theory/sgd');
  await tagAbstract(page, ENERGY_PROPAGATION.title, 'theory');
  await tagAbstract(page, CYCLICAL, 'vision');
  await new ReaderPage(page).region.getByRole('combobox', { name: 'Status' }).selectOption('Read');

  await search.search('tag:theory');
  await search.expectResults([LINEAR_TEACHERS.title, ENERGY_PROPAGATION.title]);

  await search.search('tag:theory -tag:sgd');
  await search.expectResults([ENERGY_PROPAGATION.title]);

  await search.search('is:read');
  await search.expectResults([CYCLICAL]);

  await search.search('-is:unread tag:vision');
  await search.expectResults([CYCLICAL]);

  await search.search('-tag:theory');
  await expect(search.results()).not.toHaveCount(0);
  await expect(page.getByText(`${SEED_ABSTRACTS - 2} results`)).toBeVisible();

  await search.search('colour:red');
  await expect(search.box).toHaveAttribute('aria-invalid', 'true');
  await expect(search.box).toHaveAccessibleDescription(/Unknown operator/);
  await expect(search.saveButton).toBeDisabled();
});

test("a highlight's comment finds its abstract", async ({ page }) => {
  const annotations = new AnnotationsPage(page);
  await new LibraryPage(page).openAbstract(LINEAR_TEACHERS.title);
  await annotations.highlight(LINEAR_TEACHERS.textStart);
  const comment = annotations.comment(annotations.items().first());
  await comment.click();
  await page.keyboard.type('Compare with the quixotic marmalade argument');
  await expect(comment).toContainText('marmalade');

  const search = new SearchPage(page);
  await expect(async () => {
    await search.search('marmalade');
    await search.expectResults([LINEAR_TEACHERS.title]);
  }).toPass({ timeout: 15_000 });
});

test('a saved search sits in the sidebar and its count follows tagging', async ({ page }) => {
  const search = new SearchPage(page);
  await tagAbstract(page, LINEAR_TEACHERS.title, 'keep');
  await search.search('tag:keep');
  await search.expectResults([LINEAR_TEACHERS.title]);
  await search.saveButton.click();
  await search.expectSavedCount('tag:keep', 1);

  await search.box.press('Escape');
  await expect(page.getByText(`${SEED_ABSTRACTS} abstracts`)).toBeVisible();
  await tagAbstract(page, ENERGY_PROPAGATION.title, 'keep');
  await search.expectSavedCount('tag:keep', 2);

  await search.savedSearch('tag:keep').click();
  await expect(search.box).toHaveValue('tag:keep');
  await search.expectResults([LINEAR_TEACHERS.title, ENERGY_PROPAGATION.title]);
  await expect(search.savedSearch('tag:keep')).toHaveAttribute('aria-current', 'true');

  // Saved searches outlive a reload.
  await page.reload();
  await search.expectSavedCount('tag:keep', 2);

  // Rename, then delete with Undo.
  await search.savedSearch('tag:keep').hover();
  await page.getByRole('button', { name: 'Rename saved search tag:keep' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name' }).fill('Keepers');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await search.expectSavedCount('Keepers', 2);
  await search.savedSearch('Keepers').hover();
  await page.getByRole('button', { name: 'Delete saved search Keepers' }).click();
  await expect(search.savedSearches).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await search.expectSavedCount('Keepers', 2);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in search results, marks, saved searches and the palette (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const search = new SearchPage(page);
    await search.search('deep networks');
    await search.saveButton.click();
    await expect(search.savedSearch('deep networks')).toBeVisible();
    await search.results().first().click();
    await expect(page.locator('.abstract-body mark.search-hit').first()).toBeVisible();
    await search.search('colour:red');
    await expect(search.box).toHaveAttribute('aria-invalid', 'true');
    await new PalettePage(page).open();
    await new PalettePage(page).field.fill('deep');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
