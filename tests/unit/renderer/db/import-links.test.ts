import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../../../shared/text/display-title';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { importFiles } from '../../../../renderer/db/import/import';
import { SAME_PAGE_TYPE } from '../../../../renderer/db/links/links';
import { queryAbstractLinks } from '../../../../renderer/db/links/queries';
import { samePagePairs } from '../../../../renderer/db/links/same-page';
import { freshDatabase, handBuiltFile, snapshot } from './fixtures';
import { readSeedFiles } from './seed-files';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';

const LINEAR_TEACHERS = 'Towards Understanding Learning in Neural Networks with Linear Teachers';
const ARORA_START = 'In this paper we investigate the family of functions representable by deep';

async function idByTitle(database: LecternDB, start: string): Promise<number> {
  const row = (await allAbstracts(database)).find((candidate) =>
    displayTitle({ title: candidate.title, text: candidate.display.text }).startsWith(start),
  );
  if (row === undefined) throw new Error(`no abstract "${start}"`);
  return row.id;
}

/** "from>to" of every import link, sorted. */
async function importPairs(database: LecternDB): Promise<string[]> {
  const links = await database.links.toArray();
  expect(links.every((link) => link.origin === 'import' && link.type === SAME_PAGE_TYPE)).toBe(true);
  return links.map((link) => `${link.fromId}>${link.toId}`).sort();
}

describe('same-page links from the import', () => {
  it('links each seed page\'s main abstract to every other abstract on that page', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);

    const rows = await allAbstracts(database);
    const expected = samePagePairs(rows).map((pair) => `${pair.fromId}>${pair.toId}`).sort();
    const pages = new Set(rows.flatMap((row) => row.sources.map((source) => source.captureHash)));
    // Every page has a main abstract, so each page of n abstracts makes n − 1 links.
    const perPage = [...pages].map((hash) => rows.filter((row) => row.sources.some((source) => source.captureHash === hash)).length - 1);
    expect(expected).toHaveLength(perPage.reduce((sum, count) => sum + count, 0));
    expect(await importPairs(database)).toEqual(expected);

    const teachers = await idByTitle(database, LINEAR_TEACHERS);
    const arora = await idByTitle(database, ARORA_START);
    const fromTeachers = await queryAbstractLinks(teachers, database);
    expect(fromTeachers.outgoing.imported.map((item) => item.other.id)).toContain(arora);
    expect(fromTeachers.outgoing.groups).toEqual([]);
    // The type is symmetric: the related abstract lists the main one too, and Backlinks stays for real backlinks.
    const fromArora = await queryAbstractLinks(arora, database);
    expect(fromArora.outgoing.imported.map((item) => item.other.id)).toEqual([teachers]);
    expect(fromArora.incoming.groups).toEqual([]);
  });

  it('adds nothing when the same captures are imported again', async () => {
    const database = freshDatabase();
    await importFiles(await readSeedFiles(), database);
    const before = await snapshot(database);
    await importFiles(await readSeedFiles(), database);
    expect(await snapshot(database)).toEqual(before);
  });

  it('links an abstract already in the library to the main abstract of a new page that lists it', async () => {
    const database = freshDatabase();
    const shared = { title: 'Shared study', text: 'A shared study of wavelet denoising proves bound 12 on benchmark 7 and more.' };
    await importFiles([await handBuiltFile('one.txt', [{ title: 'First main', text: 'First main abstract about sparse coding, proving bound 3 on benchmark 9.' }, shared])], database);
    await importFiles([await handBuiltFile('two.txt', [{ title: 'Second main', text: 'Second main abstract about graph colouring, with constant 41 on benchmark 2.' }, shared])], database);

    const sharedId = await idByTitle(database, 'Shared study');
    const linked = (await queryAbstractLinks(sharedId, database)).outgoing.imported.map((item) => item.other.title).sort();
    expect(linked).toEqual(['First main', 'Second main']);
    expect(await database.links.count()).toBe(2);
  });
});
