import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS, SEED_CAPTURES } from './support/seed-facts';

test('a reload keeps the library and the edits, with no duplicates', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  const before = await library.allOptionNames();

  const untitled = 'Deep neural networks are the state-of-the-art methods';
  await library.openAbstract(untitled);
  await reader.editDetails({
    Title: 'Memory-frugal training of deep networks',
    Authors: 'Ada Lovelace, Alan Turing',
    Year: '2019',
  });
  await expect(reader.title).toHaveText('Memory-frugal training of deep networks');

  await page.reload();
  await library.expectCount(SEED_ABSTRACTS);
  const after = await library.allOptionNames();
  expect(after).toHaveLength(SEED_ABSTRACTS);
  expect(new Set(after).size).toBe(SEED_ABSTRACTS);
  await expect(library.sidebar.getByRole('list', { name: 'Sources' }).getByRole('button')).toHaveCount(
    SEED_CAPTURES,
  );
  // Everything but the edited row is exactly as before.
  expect(after.filter((name) => !before.includes(name))).toEqual([
    expect.stringMatching(/^Memory-frugal training of deep networks Ada Lovelace, Alan Turing · 2019/),
  ]);

  await library.openAbstract('Memory-frugal training');
  await expect(reader.region).toContainText('Ada Lovelace, Alan Turing');
  await library.openAbstract(LINEAR_TEACHERS.title);
  await expect(reader.region).toContainText(LINEAR_TEACHERS.author);
});
