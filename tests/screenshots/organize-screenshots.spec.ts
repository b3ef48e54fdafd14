import { join } from 'node:path';
import { LibraryPage } from '../e2e/pages/library-page';
import { ListsPage } from '../e2e/pages/lists-page';
import { ReaderPage } from '../e2e/pages/reader-page';
import { TagsPage } from '../e2e/pages/tags-page';
import { expect, test } from '../e2e/support/app-test';
import { FONTS_READY } from '../e2e/support/in-page';
import { SEED_ABSTRACTS } from '../e2e/support/seed-facts';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots for the README: tags and a reading list, light and dark', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const tags = new TagsPage(page);
  const lists = new ListsPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await library.open(SEED_ABSTRACTS);
  const titles = (await library.allOptions()).map((option) => option.title).slice(0, 6);

  const tagging: [number, string[]][] = [
    [0, ['theory/optimization/sgd', 'to-cite']],
    [1, ['theory/optimization/sgd']],
    [2, ['theory/landscape']],
    [3, ['theory/expressivity', 'to-cite']],
    [4, ['vision']],
    [5, ['theory/expressivity']],
  ];
  for (const [index, paths] of tagging) {
    await library.openAbstract(titles[index] ?? '');
    for (const path of paths) await tags.add(path);
  }
  await tags.choose('to-cite', 'Colour…');
  await tags.dialog.getByRole('radio', { name: 'Orange' }).check();
  await tags.dialog.getByRole('button', { name: 'Apply' }).click();

  await lists.create('Reading group: optimization');
  await library.libraryItem.click();
  for (const title of titles.slice(0, 3)) await library.option(title).dragTo(lists.entry('Reading group'));
  await lists.create('Thesis background');
  await library.libraryItem.click();
  await library.openAbstract(titles[3] ?? '');
  await reader.region.getByRole('combobox', { name: 'Add to reading list' }).selectOption('Thesis background');
  await lists.entry('Reading group').click();
  await expect(lists.items).toHaveCount(3);
  await lists.note(titles[1] ?? '').fill('Compare the step-size schedule with ours');
  await lists.note(titles[1] ?? '').press('Enter');
  await lists.item(titles[0] ?? '').getByRole('button', { name: titles[0] ?? '', exact: true }).click();
  await reader.region.getByRole('combobox', { name: 'Status' }).selectOption('Read');
  await reader.region.getByRole('button', { name: 'Star' }).click();
  await expect(page.getByText('1 of 3 read')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'organize-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(FONTS_READY);
  await page.screenshot({ path: join(SHOTS, 'organize-dark.png') });
});
