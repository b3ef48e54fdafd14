import { join } from 'node:path';
import { DuplicatesPage } from './pages/duplicates-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { expect, test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';

/**
 * A Better BibTeX-style export: the full entry of a paper the seeds hold only as a cut snippet
 * (in 000_9dbf7397c9f611e8.txt), and one paper twice, as an arXiv preprint and as its conference
 * version, a year apart.
 */
const LIBRARY_BIB = join(__dirname, 'fixtures', 'rnn-library.bib');
const RNN_SNIPPET = 'Recurrent neural networks (RNNs) are notoriously difficult to train';
const RNN_TITLE = 'Unitary Evolution Recurrent Neural Networks';
const FULL_ENDING = 'several hard tasks involving very long-term dependencies.';
const SAXE_PREPRINT = 'Exact Solutions to the Nonlinear Dynamics of Learning in Deep Linear Neural Networks';
const SAXE_CONFERENCE = 'Exact solutions to the nonlinear dynamics of learning in deep linear neural networks';

test('a BibTeX entry merges into the seed snippet it completes: titled, with its DOI, the full text and both sources', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(SEED_ABSTRACTS);

  await library.importThroughChooser(LIBRARY_BIB);
  await expect(library.status).toHaveText(/^2 added, 1 merged, 0 unchanged/);
  await expect(library.alert).toHaveCount(0);
  await library.expectCount(SEED_ABSTRACTS + 2);
  await expect(library.sourceItem('rnn-library.bib')).toHaveText(/3$/);

  await library.openAbstract(RNN_TITLE);
  await expect(reader.title).toHaveText(RNN_TITLE);
  await expect(reader.paragraphs().first()).toContainText(RNN_SNIPPET);
  await expect(reader.paragraphs().last()).toContainText(FULL_ENDING);
  await expect(reader.region).not.toContainText('This is a snippet');
  await expect(reader.region.getByRole('link', { name: '10.48550/arxiv.1511.06464' })).toBeVisible();
  const alsoIn = reader.section('Also in');
  await expect(alsoIn.getByRole('button', { name: '000_9dbf7397c9f611e8.txt', exact: true })).toBeVisible();
  await expect(alsoIn.getByRole('button', { name: 'rnn-library.bib', exact: true })).toBeVisible();

  // Its keywords became tags.
  await expect(page.getByRole('tree', { name: 'Tags' }).getByRole('treeitem', { name: /recurrent networks/ })).toBeVisible();

  // The same file again changes nothing.
  await library.importThroughChooser(LIBRARY_BIB);
  await expect(library.status).toHaveText(/^0 added, 0 merged, 3 unchanged/);
  await library.expectCount(SEED_ABSTRACTS + 2);
});

test('a BibTeX file with broken entries imports the good ones and names each bad one with its line', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open(SEED_ABSTRACTS);
  const broken = [
    '@article{good1, title = {A Readable Entry}, author = {Lima, Ana}, year = 2020}',
    '',
    '@article{bad1, title = {Never closed, author = {Doe, Jo}, year = 2021',
    '',
    '@article{good2, title = {Another Readable Entry}, author = {Doe, Jo}, year = 2022}',
    '',
  ].join('\n');
  await library.importThroughChooser({ name: 'broken.bib', mimeType: 'text/plain', buffer: Buffer.from(broken) });
  await expect(library.status).toContainText(/^\d+ added/);
  await expect(page.getByRole('list', { name: 'Import warnings' })).toContainText(/broken\.bib.*[Ll]ine 3/);
  await expect(library.option('Another Readable Entry')).toBeVisible();

  // Nothing readable at all: refused by name, nothing stored.
  await library.importThroughChooser({ name: 'nothing.bib', mimeType: 'text/plain', buffer: Buffer.from('@article{x, title = {oops\n') });
  await expect(library.alert).toContainText('“nothing.bib” was not imported');
  await expect(library.sourceItem('nothing.bib')).toHaveCount(0);
});

test('the preprint and the conference version of one paper are offered as possible duplicates; Merge keeps one, and Undo brings both back', async ({ page }) => {
  test.setTimeout(60_000);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const duplicates = new DuplicatesPage(page);
  await library.open(SEED_ABSTRACTS);
  await expect(duplicates.entry).toHaveAccessibleName('Possible duplicates 0', { timeout: 15_000 });
  await library.importThroughChooser(LIBRARY_BIB);
  await expect(library.status).toHaveText(/^2 added, 1 merged/);

  // Same title a year apart: not merged on import (the year differs), but offered.
  await duplicates.open(1);
  const pair = duplicates.pair(SAXE_PREPRINT);
  await expect(pair).toContainText('2013');
  await expect(pair).toContainText('2014');
  await pair.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(duplicates.dialog).toBeVisible();
  await duplicates.field('Year').getByRole('radio', { name: '2014', exact: true }).check();
  await duplicates.field('Venue').getByRole('radio', { name: 'International Conference on Learning Representations' }).check();
  await duplicates.dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(duplicates.dialog).toBeHidden();
  await expect(page.getByText('Merged duplicates')).toBeVisible();
  await expect(duplicates.entry).toHaveAccessibleName('Possible duplicates 0');

  await library.libraryItem.click();
  await library.expectCount(SEED_ABSTRACTS + 1);
  await library.openAbstract(SAXE_PREPRINT);
  await expect(reader.detail('Venue')).toHaveText('International Conference on Learning Representations');
  await expect(reader.region).toContainText('2014');
  // Both entries' keywords stay on the one record.
  await expect(reader.detail('Keywords')).toContainText('deep linear networks');
  await expect(reader.detail('Keywords')).toContainText('learning dynamics');

  await library.list.focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undone: Merged duplicates')).toBeVisible();
  await library.expectCount(SEED_ABSTRACTS + 2);
  await expect(library.option(SAXE_CONFERENCE)).toBeVisible();
  await duplicates.open(1);
  await expect(duplicates.pairs).toHaveCount(1);
});
