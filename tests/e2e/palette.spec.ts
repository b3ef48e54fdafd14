import { expect } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { PalettePage } from './pages/palette-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { test } from './support/app-test';
import { ENERGY_PROPAGATION, SEED_ABSTRACTS } from './support/seed-facts';

test.beforeEach(async ({ page }) => {
  await new LibraryPage(page).open(SEED_ABSTRACTS);
});

test('Ctrl+K lists the commands with their shortcuts; Escape closes it', async ({ page }) => {
  const palette = new PalettePage(page);
  await palette.open();
  await expect(palette.field).toHaveAttribute('aria-expanded', 'true');
  for (const title of ['Import captures…', 'New reading list', 'Toggle theme', 'Focus search', 'Open settings', 'Undo', 'Redo'])
    await expect(palette.option(title)).toHaveCount(1);
  await expect(palette.option('Undo')).toContainText('Ctrl+Z');
  await expect(palette.option('Focus search')).toContainText('/');

  // Fuzzy: initials find the command, and the arrow keys move the active option.
  await palette.field.fill('nrl');
  await expect(palette.options.first()).toHaveText(/^New reading list/);
  await expect(palette.options.first()).toHaveAttribute('aria-selected', 'true');
  await palette.field.press('Escape');
  await expect(palette.dialog).toBeHidden();
});

test('the palette runs "New reading list", which creates the list and shows it', async ({ page }) => {
  const palette = new PalettePage(page);
  await palette.run('new reading', 'New reading list');
  const name = palette.dialog.getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  await name.fill('From the palette');
  await name.press('Enter');
  await expect(palette.dialog).toBeHidden();
  const sidebar = page.getByRole('navigation', { name: 'Sidebar' });
  await expect(sidebar.getByRole('button', { name: /^From the palette/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { name: 'From the palette' })).toBeVisible();
  // One Undo takes it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByRole('button', { name: /^From the palette/ })).toHaveCount(0);
});

test('Ctrl+Shift+P finds an abstract by its title and opens it', async ({ page }) => {
  const palette = new PalettePage(page);
  await palette.open('Control+Shift+P');
  await palette.field.fill('energy propagation');
  const option = palette.option(ENERGY_PROPAGATION.title);
  await expect(option).toContainText('Open abstract');
  await option.click();
  await expect(palette.dialog).toBeHidden();
  await expect(new ReaderPage(page).title).toHaveText(ENERGY_PROPAGATION.title);
});

test('Toggle theme switches light and dark, and the choice survives a reload', async ({ page }) => {
  const palette = new PalettePage(page);
  const html = page.locator('html');
  const background = (): Promise<string> => page.evaluate('getComputedStyle(document.body).backgroundColor');
  const before = await background();
  await palette.run('toggle theme', 'Toggle theme');
  await expect(html).toHaveAttribute('data-theme', /^(light|dark)$/);
  const chosen = await html.getAttribute('data-theme');
  expect(await background()).not.toBe(before);

  await page.reload();
  await new LibraryPage(page).expectCount(SEED_ABSTRACTS);
  await expect(html).toHaveAttribute('data-theme', chosen ?? '');

  await palette.run('focus search', 'Focus search');
  await expect(new SearchPage(page).box).toBeFocused();
});
