import { join } from 'node:path';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS, SEED_CAPTURES } from './support/seed-facts';

/**
 * A compact portal page: a new main abstract, the FULL text of a seed snippet (from
 * 000_9dbf7397c9f611e8.txt), and a new related abstract cut at 250 characters.
 */
const NEW_PAGE = join(__dirname, 'fixtures', 'portal-new-page.txt');
const NEW_MAIN = 'Why do wide two-layer networks trained by gradient descent settle on simple solutions?';
const SHARED_SNIPPET = 'Deep neural networks are the state-of-the-art methods for many real-world tasks';
const FULL_ENDING = 'close to optimal on the networks we tested.';

test('importing a capture adds its new abstracts and merges the one the library already has', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);

  await library.importThroughChooser(NEW_PAGE);
  await expect(library.status).toHaveText(/^2 added, 1 merged, 0 unchanged/);
  await expect(library.alert).toHaveCount(0);
  await library.expectCount(SEED_ABSTRACTS + 2);
  await expect(library.sourceItem('portal-new-page.txt')).toHaveText(/3$/);

  await library.openAbstract(NEW_MAIN);
  await expect(reader.title).toHaveText(NEW_MAIN);
  await expect(reader.region.locator('.katex').first()).toBeVisible();

  // The seed snippet now holds the full text, and remembers both pages it came from.
  await library.openAbstract(SHARED_SNIPPET);
  await expect(reader.paragraphs().last()).toContainText(FULL_ENDING);
  await expect(reader.region).not.toContainText('This is a snippet');
  const alsoIn = reader.section('Also in');
  await expect(alsoIn.getByRole('button', { name: '000_9dbf7397c9f611e8.txt', exact: true })).toBeVisible();
  await expect(alsoIn.getByRole('button', { name: 'portal-new-page.txt', exact: true })).toBeVisible();
  await expect(library.option(SHARED_SNIPPET).getByText('snippet', { exact: true })).toHaveCount(0);

  // The same capture again changes nothing.
  await library.importThroughChooser(NEW_PAGE);
  await expect(library.status).toHaveText(/^0 added, 0 merged, 3 unchanged/);
  await library.expectCount(SEED_ABSTRACTS + 2);
});

test('a binary file and an empty file are refused with a clear message, and nothing changes', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  const binary = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0xff, 0xfe, 0,
    1, 2, 3,
  ]);

  await library.importThroughChooser({
    name: 'bad.bin',
    mimeType: 'application/octet-stream',
    buffer: binary,
  });
  await expect(library.alert).toContainText('“bad.bin” was not imported');
  await expect(library.alert).toContainText(/binary/i);

  await library.importThroughChooser({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(library.alert).toContainText('“empty.txt” was not imported');
  await expect(library.alert).toContainText(/empty/i);

  await expect(library.status).toHaveText(/^0 added, 0 merged, 0 unchanged/);
  await library.expectCount(SEED_ABSTRACTS);
  await expect(library.sidebar.getByRole('list', { name: 'Sources' }).getByRole('button')).toHaveCount(
    SEED_CAPTURES,
  );
  expect(await library.allOptionNames()).toHaveLength(SEED_ABSTRACTS);
});

test('a progress bar shows while an import runs, then the summary', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  // Imports are quick, so record whether a progress bar ever appeared rather than racing it.
  await page.evaluate(`
    window.importProgressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"], progress')) window.importProgressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  `);
  const files = Array.from({ length: 12 }, (_, index) => ({
    name: `study-${index}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(
      `\ufefb يوجد ملخص باللغة العربية\nWe report study number ${index} on how training curves of small convolutional networks change when the data are shuffled once per epoch rather than sampled with replacement, and find consistent differences early in training.\n`,
    ),
  }));
  await library.importThroughChooser(files);
  await expect(library.status).toHaveText(/^12 added, 0 merged, 0 unchanged/, { timeout: 20_000 });
  expect(await page.evaluate('window.importProgressSeen')).toBe(true);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await library.expectCount(SEED_ABSTRACTS + 12);
});

test('Ctrl+O opens the file chooser, and files dropped on the window are imported', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);

  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles([]);

  const capture = `\ufefb يوجد ملخص باللغة العربية\nWe measure how often dropped capture files are imported correctly by a desktop reader, and find that a single drop of one file is enough to add its abstract to the library without any further step by the user.\n`;
  const dataTransfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(capture)}], 'dropped.txt', { type: 'text/plain' }));
    return transfer;
  })()`);
  const body = page.locator('body');
  await body.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await body.dispatchEvent('dragover', { dataTransfer });
  await body.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toHaveCount(0);
  await expect(library.status).toHaveText(/^1 added, 0 merged, 0 unchanged/);
  await library.expectCount(SEED_ABSTRACTS + 1);
  await expect(library.sourceItem('dropped.txt')).toBeVisible();
});
