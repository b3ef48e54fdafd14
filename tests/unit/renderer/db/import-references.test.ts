import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import { freshDatabase, handBuiltFile } from './fixtures';
import { referenceFile } from './reference-file';
import { readSeedFiles } from './seed-files';

const SGD = 'We prove that stochastic gradient descent with a decaying step size converges to a stationary point of a smooth non-convex objective at the optimal rate.';

async function tagsOf(database: ReturnType<typeof freshDatabase>, abstractId: number): Promise<string[]> {
  const rows = await database.abstractTags.where('abstractId').equals(abstractId).toArray();
  const tags = await database.tags.bulkGet(rows.map((row) => row.tagId));
  return tags.flatMap((tag) => (tag === undefined ? [] : [tag.path])).sort();
}

describe('importing reference entries', () => {
  it('merges an entry into the seed snippet its abstract completes: titled, with its DOI, the fuller text, both sources and its tags', async () => {
    const database = freshDatabase();
    const seeds = await readSeedFiles();
    await importFiles(seeds, database);
    const snippet = (await allAbstracts(database)).find((row) => row.truncated && row.title === null);
    if (snippet === undefined) throw new Error('the seeds hold an untitled snippet');
    const before = await allAbstracts(database);

    const full = `${snippet.text} And the rest of the abstract, which the portal cut off, follows here in full.`;
    const bib = await referenceFile('library.bib', [
      { title: 'The Paper Behind the Snippet', authors: ['Ana Lima', 'Jan van der Berg'], year: 2018, text: full, doi: '10.1000/snippet', venue: 'Journal of Tests', type: 'article-journal', citationKey: 'lima2018paper', keywords: ['optimization'], tags: ['optimization', 'theory/sgd'], fields: { volume: '3' } },
    ]);
    const summary = await importFiles([bib], database);
    expect(summary).toMatchObject({ added: 0, merged: 1, unchanged: 0, errors: [] });

    const after = await allAbstracts(database);
    expect(after).toHaveLength(before.length);
    const merged = after.find((row) => row.id === snippet.id);
    expect(merged).toMatchObject({
      title: 'The Paper Behind the Snippet',
      doi: '10.1000/snippet',
      venue: 'Journal of Tests',
      type: 'article-journal',
      // The snippet's key stays (a key never changes once given); the entry's own key becomes its alias.
      citationKey: snippet.citationKey,
      keywords: ['optimization'],
      fields: { volume: '3', ids: 'lima2018paper' },
      text: full,
      truncated: false,
    });
    // What the capture knew stays: its authors and year are not replaced.
    expect(merged?.authors).toEqual(snippet.authors.length > 0 ? snippet.authors : ['Ana Lima', 'Jan van der Berg']);
    expect(merged?.sources.map((source) => source.role)).toEqual([...snippet.sources.map((source) => source.role), 'entry']);
    expect(merged?.captureHashes).toContain(bib.contentHash);
    // A group nests: the entry carries the inner tag, whose parent exists for the tree.
    expect(await tagsOf(database, snippet.id)).toEqual(['optimization', 'theory/sgd']);
    expect(await database.tags.where('path').equals('theory').count()).toBe(1);
    expect(await database.abstractKeys.where('doi').equals('10.1000/snippet').primaryKeys()).toEqual([snippet.id]);

    // The same file again changes nothing.
    expect(await importFiles([bib], database)).toMatchObject({ added: 0, merged: 0, unchanged: 1 });
    database.close();
  });

  it('merges by DOI first, then arXiv id, then title, year and first author; keeps the stored text; never joins two DOIs', async () => {
    const database = freshDatabase();
    const page = await handBuiltFile('page.txt', [{ text: SGD, title: 'Convergence of SGD', authors: ['Ana Lima'], year: 2019 }]);
    await importFiles([page], database);
    const first = await referenceFile('first.bib', [
      { title: 'Convergence of SGD', authors: ['Ana Lima'], year: 2019, doi: '10.1000/sgd', text: 'A different wording of the abstract.' },
      { title: 'Attention', authors: ['Ada Vaswani'], year: 2017, arxiv: '1706.03762' },
    ]);
    expect(await importFiles([first], database)).toMatchObject({ added: 1, merged: 1 });
    const second = await referenceFile('second.bib', [
      // Same DOI, other title: one paper.
      { title: 'SGD converges (journal version)', doi: '10.1000/sgd', venue: 'Journal of Tests' },
      // Same arXiv id: one paper, which gains the DOI.
      { title: 'Attention Is All You Need', arxiv: '1706.03762', doi: '10.1000/attention' },
      // Same title, year and first author, but another DOI: a different paper.
      { title: 'Convergence of SGD', authors: ['Ana Lima'], year: 2019, doi: '10.1000/other' },
    ]);
    expect(await importFiles([second], database)).toMatchObject({ added: 1, merged: 2 });

    const rows = await allAbstracts(database);
    expect(rows).toHaveLength(3);
    const sgd = rows.find((row) => row.doi === '10.1000/sgd');
    expect(sgd).toMatchObject({ title: 'Convergence of SGD', text: SGD, venue: 'Journal of Tests' });
    expect(sgd?.sources.map((source) => source.role)).toEqual(['main', 'entry', 'entry']);
    expect(rows.find((row) => row.arxiv === '1706.03762')).toMatchObject({ title: 'Attention', doi: '10.1000/attention', text: '' });
    expect(rows.find((row) => row.doi === '10.1000/other')).toMatchObject({ title: 'Convergence of SGD', text: '' });
    database.close();
  });

  it('joins duplicates within one file and keeps entries without abstract or identifiers apart', async () => {
    const database = freshDatabase();
    const file = await referenceFile('dupes.bib', [
      { title: 'On Bounds', authors: ['Ana Lima'], year: 2020, keywords: ['a'], tags: ['a'] },
      { title: 'On bounds.', authors: ['A. Lima'], year: 2020, doi: '10.1000/bounds', tags: ['b'] },
      { title: 'On Bounds', authors: ['Ana Lima'], year: 2020, url: 'https://example.org/bounds' },
      { title: 'Untitled note' },
      { title: 'Untitled note' },
    ]);
    const summary = await importFiles([file], database);
    expect(summary).toMatchObject({ added: 3, merged: 2 });
    const rows = await allAbstracts(database);
    // Case, punctuation and initials do not matter to the title key: one paper, filled from all three.
    const bounds = rows.filter((row) => row.title?.startsWith('On'));
    expect(bounds.map((row) => [row.title, row.doi, row.url])).toEqual([['On Bounds', '10.1000/bounds', 'https://example.org/bounds']]);
    expect(await tagsOf(database, bounds[0]?.id ?? -1)).toEqual(['a', 'b']);
    expect(rows.filter((row) => row.title === 'Untitled note')).toHaveLength(2);
    database.close();
  });
});
