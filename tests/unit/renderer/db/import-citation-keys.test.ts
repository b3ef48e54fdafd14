import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editAbstractDetails } from '../../../../renderer/db/abstracts/metadata-edit';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import type { AbstractRow } from '../../../../renderer/db/schema/row-types';
import { freshDatabase, handBuiltFile, type RecordSpec } from './fixtures';
import { referenceFile, type EntrySpec } from './reference-file';

const TRAIL: RecordSpec = { text: 'We follow a paper trail through the citation graph of a field.', title: 'Paper Trail', authors: ['Ana Lima'], year: 2018 };
const CHASE: RecordSpec = { text: 'A paper chase: how reviewers pick what to read first.', title: 'Paper Chase', authors: ['Ana Lima'], year: 2018 };

const ENTRIES: EntrySpec[] = [
  { title: 'Graphs of Citations', authors: ['Bo Chen'], year: 2021, doi: '10.1000/one', text: 'One.', citationKey: 'chen2021' },
  { title: 'Trees of Citations', authors: ['Bo Chen'], year: 2021, doi: '10.1000/two', text: 'Two.', citationKey: 'chen2021' },
  { title: 'A Third Paper', authors: ['Ana Lima'], year: 2018, doi: '10.1000/three', text: 'Three.', citationKey: 'lima2018paper' },
];

async function keysByTitle(database: LecternDB): Promise<Record<string, string | null>> {
  return Object.fromEntries((await allAbstracts(database)).map((row) => [row.title ?? '', row.citationKey]));
}

function titled(rows: readonly AbstractRow[], title: string): AbstractRow {
  const row = rows.find((candidate) => candidate.title === title);
  if (row === undefined) throw new Error(`no abstract titled ${title}`);
  return row;
}

describe('citation keys on import', () => {
  it('gives captures their default keys and entries their own, with suffixes where a key is taken', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('page.txt', [TRAIL, CHASE]), await referenceFile('library.bib', ENTRIES)], database);
    expect(await keysByTitle(database)).toEqual({
      'Paper Trail': 'lima2018paper',
      'Paper Chase': 'lima2018papera',
      'Graphs of Citations': 'chen2021',
      'Trees of Citations': 'chen2021a',
      'A Third Paper': 'lima2018paperb',
    });
    const keyRows = await database.abstractKeys.toArray();
    expect(new Set(keyRows.map((row) => row.citationKey)).size).toBe(5);
    database.close();
  });

  it('changes no key when the same papers come again, in another file and order, and keys a new one', async () => {
    const database = freshDatabase();
    await importFiles([await handBuiltFile('page.txt', [TRAIL, CHASE]), await referenceFile('library.bib', ENTRIES)], database);
    const before = await keysByTitle(database);

    const again = [...ENTRIES].reverse();
    const summary = await importFiles(
      [
        await handBuiltFile('page-again.txt', [CHASE, TRAIL, { text: 'A new capture on the same page.', title: 'Paper Cuts', authors: ['Ana Lima'], year: 2018 }]),
        await referenceFile('library-export.bib', [...again, { title: 'Fresh', authors: ['Bo Chen'], year: 2021, doi: '10.1000/four', text: 'Four.', citationKey: 'chen2021' }]),
      ],
      database,
    );
    expect(summary).toMatchObject({ added: 2, errors: [] });
    expect(await keysByTitle(database)).toEqual({ ...before, 'Paper Cuts': 'lima2018paperc', Fresh: 'chen2021b' });
    // An entry's own key, taken by another abstract, is not kept as an alias either.
    const rows = await allAbstracts(database);
    expect(titled(rows, 'Trees of Citations').fields['ids']).toBeUndefined();
    database.close();
  });

  it('keeps a key the user edited when the file comes again, and keeps the file’s key as an alias', async () => {
    const database = freshDatabase();
    await importFiles([await referenceFile('library.bib', ENTRIES)], database);
    const graphs = titled(await allAbstracts(database), 'Graphs of Citations');
    await editAbstractDetails(graphs.id, { citationKey: 'Chen2021Graphs' }, database);

    await importFiles([await referenceFile('library-2.bib', [...ENTRIES, { title: 'Another', text: 'Five.', doi: '10.1000/five' }])], database);
    const after = titled(await allAbstracts(database), 'Graphs of Citations');
    expect(after.citationKey).toBe('Chen2021Graphs');
    expect(after.fields['ids']).toBe('chen2021');
    expect(await database.abstractKeys.where('citationKey').equals('Chen2021Graphs').primaryKeys()).toEqual([graphs.id]);
    database.close();
  });
});
