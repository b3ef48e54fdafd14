import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { containsChrome, SEED_ABSTRACTS, SEED_CAPTURES } from './support/seed-facts';

test('the first run lists exactly the 26 seed abstracts', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);

  await expect(page.getByText(`${SEED_ABSTRACTS} abstracts`)).toBeVisible();
  await expect(library.list.getByRole('option').first()).toHaveAttribute(
    'aria-setsize',
    String(SEED_ABSTRACTS),
  );
  // The list is virtualized: walk it from top to bottom and count what the user can reach.
  const names = await library.allOptionNames();
  expect(names).toHaveLength(SEED_ABSTRACTS);
  expect(new Set(names).size).toBe(SEED_ABSTRACTS);

  const sources = library.sidebar.getByRole('list', { name: 'Sources' }).getByRole('button');
  await expect(sources).toHaveCount(SEED_CAPTURES);
  for (const source of await sources.all()) await expect(source).toHaveText(/\.txt\s*[1-9]\d*$/);
});

test('no page chrome appears anywhere, in the list or in any abstract', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);

  const names = await library.allOptionNames();
  for (const name of names) expect(containsChrome(name), name).toEqual([]);

  // Open every abstract with the keyboard, and read the whole window each time.
  await library.list.focus();
  await page.keyboard.press('Home');
  let previousTitle = '';
  for (let index = 0; index < SEED_ABSTRACTS; index += 1) {
    await page.keyboard.press('Enter');
    await expect(reader.title).not.toHaveText(previousTitle);
    previousTitle = await reader.title.innerText();
    const screen = await page.locator('body').innerText();
    expect(containsChrome(screen), `while reading “${previousTitle}”`).toEqual([]);
    await page.keyboard.press('j');
  }
});
