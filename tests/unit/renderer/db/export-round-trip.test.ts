import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../../../shared/export/bibtex/write-bibtex';
import { writeCslJson } from '../../../../shared/export/csl-json/write-csl-json';
import { writeRis } from '../../../../shared/export/ris/write-ris';
import type { ExportEntry } from '../../../../shared/export/types';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import { createWordTest } from '../../../../shared/text/dictionary';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { exportEntries } from '../../../../renderer/db/export/entries';
import { importFiles } from '../../../../renderer/db/import/import';
import { freshDatabase } from './fixtures';
import { entry as exportEntry } from '../../support/export-entry';

function entry(id: number, values: Partial<ExportEntry>): ExportEntry {
  return exportEntry({ id, citationKey: `key${id}`, title: null, displayTitle: '', addedAt: 0, updatedAt: 0, ...values });
}

const ENTRIES = [
  entry(1, {
    citationKey: 'vanderberg2019rnn',
    title: 'Training an RNN in Zürich: 50% faster with $O(n^2)$ {memory} & AT&T data',
    authors: ['Jan van der Berg', 'John Smith Jr.', 'Ångström Müller'],
    year: 2019,
    abstract: 'We train recurrent networks on $x_1, \\dots, x_n$ with a \\$5 budget.\n\nA second paragraph, with ~ and ^ and # and _ kept.',
    doi: '10.1000/rnn_2019(1)',
    url: 'https://example.org/papers/rnn_2019?v=2#abstract',
    venue: 'Journal of Machine Learning Research',
    type: 'article-journal',
    tags: ['deep learning', 'theory/sgd'],
  }),
  entry(2, {
    citationKey: 'who2020report',
    title: 'نظرية التعلّم العميق',
    authors: ['World Health Organization', 'محمد علي'],
    year: 2020,
    abstract: 'Ein naïver Überblick über $\\frac{a}{b}$-Verfahren.',
    venue: 'Technical Report Series',
    type: 'report',
    tags: ['reading/to read', 'Ökonomie'],
  }),
  entry(3, { citationKey: 'anon', title: 'A note with no authors, no year and no abstract', type: 'book', venue: 'Lecture Notes' }),
];

/** What a fresh library holds of each entry after the import, as the exporter reads it again. */
async function importedAgain(file: string, name: string) {
  const database = freshDatabase();
  const bytes = new TextEncoder().encode(file);
  const imported = buildImportedFile(name, bytes, await sha256Hex(bytes), createWordTest());
  const summary = await importFiles([imported], database);
  expect(summary).toMatchObject({ added: ENTRIES.length, errors: [] });
  const ids = (await allAbstracts(database)).map((row) => row.id).sort((a, b) => a - b);
  return (await exportEntries(ids, database)).map(kept);
}

function kept(value: ExportEntry) {
  const { citationKey, title, authors, year, abstract, doi, url, venue, tags } = value;
  return { citationKey, title, authors, year, abstract, doi, url, venue, tags };
}

describe('an export imported into a fresh library', () => {
  it.each([
    ['library.bib', writeBibtex(ENTRIES, 'bibtex')],
    ['library-biblatex.bib', writeBibtex(ENTRIES, 'biblatex')],
    ['library.json', writeCslJson(ENTRIES)],
    ['library.ris', writeRis(ENTRIES)],
  ])('%s gives back the same title, authors, year, abstract, DOI, URL, venue, tags and key', async (name, file) => {
    expect(await importedAgain(file, name)).toEqual(ENTRIES.map(kept));
  });
});
