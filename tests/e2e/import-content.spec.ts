import { truncate, writeFile } from 'node:fs/promises';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

const ARABIC_ABSTRACT =
  'يدرس هذا البحث كيف تتعلم الشبكات العصبية العميقة دوال بسيطة في المراحل الأولى من التدريب، ثم تنتقل تدريجيا إلى دوال أكثر تعقيدا مع استمرار التدريب على البيانات الحقيقية والاصطناعية، ونقدم أدلة تجريبية على ذلك.';

test('a UTF-8 capture with one stray byte is read as UTF-8, and the status line says what was replaced', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  const [before, after] = [ARABIC_ABSTRACT.slice(0, 40), ARABIC_ABSTRACT.slice(40)];
  const buffer = Buffer.concat([
    Buffer.from('دراسة الشبكات العصبية العميقة\n\n'),
    Buffer.from(before),
    Buffer.from([0xff]),
    Buffer.from(`${after}\n`),
  ]);

  await library.importThroughChooser({ name: 'damaged.txt', mimeType: 'text/plain', buffer });
  await expect(library.status).toContainText(/^1 added/);
  await expect(library.status.getByRole('list', { name: 'Import warnings' })).toContainText(
    '“damaged.txt”: 1 invalid byte replaced, first at line 3.',
  );
  await expect(library.alert).toHaveCount(0);

  await library.openAbstract('يدرس هذا البحث');
  await expect(reader.paragraphs().first()).toHaveText(`${before}\ufffd${after}`);
});

test('a file over the 64 MB limit is refused with its size, said once', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  const big = test.info().outputPath('big.txt');
  await writeFile(big, '');
  await truncate(big, 80.5 * 1024 * 1024); // Sparse: no disk space used.

  await library.importThroughChooser(big);
  await expect(library.alert).toHaveText(
    '“big.txt” was not imported: it is 80.5 MB, over the 64 MB limit for a capture.',
  );
  await library.expectCount(SEED_ABSTRACTS);
});

test('prices in an abstract read as text in the reader, not as a formula', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);
  const abstract =
    'We compare pricing models for training mid-sized language models on rented GPUs. A typical instance costs between $5 and $10 per hour, and spot capacity halves that when checkpoints are frequent.';

  await library.importThroughChooser({
    name: 'prices.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(abstract),
  });
  await expect(library.status).toContainText(/^1 added/);
  await library.openAbstract('We compare pricing models');
  // The whole sentence, dollar signs included: "costs between $5 and $10 per hour".
  await expect(reader.paragraphs().first()).toHaveText(abstract);
  await expect(reader.region.getByRole('math')).toHaveCount(0);
});
