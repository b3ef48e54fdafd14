import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { handBuiltFile, snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { referenceFile } from './reference-file';
import { readSeedFiles } from './seed-files';

/** Rows without their citation key: all the upgrade may change. */
function withoutKeys(rows: readonly unknown[] | undefined): unknown[] | undefined {
  return rows?.map((row) => {
    if (typeof row !== 'object' || row === null || !('citationKey' in row)) return row;
    const copy: Record<string, unknown> = { ...row };
    delete copy['citationKey'];
    return copy;
  });
}

/** Gives an abstract a key as a version-11 import of a file with a repeated key did: on its row and its keys row. */
async function setKey(database: LecternDB, id: number, citationKey: string): Promise<void> {
  await database.table('abstracts').update(id, { citationKey });
  await database.table('abstractKeys').update(id, { citationKey });
}

describe('upgrading a version-11 library to unique citation keys (version 12)', () => {
  it('keeps every row and field, gives each keyless abstract its default key, and makes repeated keys unique', async () => {
    const seeds = await readSeedFiles();
    const page = await handBuiltFile('page.txt', [
      { text: 'We follow a paper trail through citation graphs.', title: 'Paper Trail', authors: ['Ana Lima'], year: 2018 },
      { text: 'A second capture of another paper by the same author, same year, same first word.', title: 'The Paper Chase', authors: ['Ana Lima'], year: 2018 },
      { text: 'Über die Räume, untitled.', title: null, authors: ['Thomas Müller'], year: 1999 },
    ]);
    const bib = await referenceFile('library.bib', [
      { title: 'An Imported Paper', authors: ['Bo Chen'], year: 2020, text: 'Imported one.', citationKey: 'lima2018paper' },
      { title: 'First of Two', authors: ['Bo Chen'], year: 2021, text: 'First with the shared key.', citationKey: 'chen2021' },
      { title: 'Second of Two', authors: ['Bo Chen'], year: 2021, text: 'Second with the shared key.', citationKey: 'chen2021b' },
    ]);
    let ids: Record<string, number> = {};
    const { before, upgraded } = await upgradeOlderRelease(11, [...seeds, page, bib], async (older) => {
      const rows = await older.table<{ id: number; title: string | null }, number>('abstracts').toArray();
      ids = Object.fromEntries(rows.map((row) => [row.title ?? '', row.id]));
      // Version 11 kept an entry's key as the file gave it, even when another entry had it.
      await setKey(older, ids['An Imported Paper'] ?? -1, 'lima2018paper');
      await setKey(older, ids['Second of Two'] ?? -1, 'chen2021');
    });
    expect(before.abstracts?.filter((row) => (row as { citationKey: string | null }).citationKey === null).length).toBeGreaterThan(3);

    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutKeys(after[table]), table).toEqual(withoutKeys(rows));

    const rows = await allAbstracts(upgraded);
    const keyOf = (title: string) => rows.find((row) => row.title === title)?.citationKey;
    // An imported key is kept; a default that would take it gets a suffix instead.
    expect(keyOf('An Imported Paper')).toBe('lima2018paper');
    expect(keyOf('Paper Trail')).toBe('lima2018papera');
    expect(keyOf('The Paper Chase')).toBe('lima2018paperb');
    // Of two abstracts with one key, the older keeps it.
    expect(keyOf('First of Two')).toBe('chen2021');
    expect(keyOf('Second of Two')).toBe('chen2021a');
    // Without a title, the first significant word of the text.
    expect(rows.find((row) => row.authors[0] === 'Thomas Müller')?.citationKey).toBe('muller1999uber');

    const keys = rows.map((row) => row.citationKey);
    expect(keys.every((key) => typeof key === 'string' && /^[A-Za-z0-9]+$/u.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(rows.length);
    // The keys rows say the same, so `key:` search finds each abstract by its key.
    const keyRows = await upgraded.abstractKeys.toArray();
    expect(new Map(keyRows.map((row) => [row.id, row.citationKey]))).toEqual(new Map(rows.map((row) => [row.id, row.citationKey])));
    expect(await upgraded.abstractKeys.where('citationKey').equals('chen2021a').primaryKeys()).toEqual([ids['Second of Two']]);
    upgraded.close();
  });
});
