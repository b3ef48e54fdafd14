import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupWriter } from '../../../../../shared/backup/writer';
import { allAbstracts, getAbstract } from '../../../../../renderer/db/abstracts/records';
import { restoreIntoNewDatabase } from '../../../../../renderer/db/backup/restore-backup';
import { queryAnnotations } from '../../../../../renderer/db/annotations/annotations';
import { readCaptureText } from '../../../../../renderer/db/import/capture-texts';
import { queryAbstractLinks } from '../../../../../renderer/db/links/queries';
import { queryLinkTypes } from '../../../../../renderer/db/links/user-types';
import { queryNote } from '../../../../../renderer/db/notes/notes';
import { querySynthesisNotes } from '../../../../../renderer/db/notes/synthesis-notes';
import {
  queryAbstractTags,
  queryListItems,
  queryLists,
  querySettings,
  queryStatusCounts,
  queryTagTree,
} from '../../../../../renderer/db/organize/queries';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { LATEST_VERSION } from '../../../../../renderer/db/schema/version-chain';
import { listSavedSearches } from '../../../../../renderer/db/search/saved-searches';
import { linkTypeUid } from '../../../../../shared/sync/uids';
import { freshDatabase, snapshot } from '../fixtures';
import { readSeedFiles } from '../seed-files';
import { inPieces } from './backup-support';
import { backupRows, legacyBackup, type LegacyFixture } from './legacy-fixtures';

const ENERGY = 'Energy Propagation in Deep Convolutional Neural Networks';
const TEACHERS = 'Towards Understanding Learning in Neural Networks with Linear Teachers';
const TOPOLOGY = 'Exploring loss function topology with cyclical learning rates';

/** The fixture restored into a new database, opened at the latest version. */
async function restored(fixture: LegacyFixture): Promise<LecternDB> {
  const { databaseName } = await restoreIntoNewDatabase(
    inPieces(await legacyBackup(fixture), 4096),
    undefined,
    freshDatabase().name,
  );
  const database = new LecternDB(databaseName);
  await database.open();
  return database;
}

async function abstractIdTitled(database: LecternDB, title: string): Promise<number> {
  const found = (await allAbstracts(database)).find((row) => row.title === title);
  if (found === undefined) throw new Error(`No abstract is titled “${title}”.`);
  return found.id;
}

async function* eachOf(parts: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield await Promise.resolve(part);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the backups made by releases at schema version 1 and 5', () => {
  it('read cleanly, with the rows each release wrote', async () => {
    const v1 = await backupRows(await legacyBackup('v1'));
    expect(v1.manifest).toMatchObject({
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-11-24T05:30:00.000Z',
    });
    expect(v1.manifest.tables).toEqual({ captures: 5, abstracts: 26, meta: 1 });

    const v5 = await backupRows(await legacyBackup('v5'));
    expect(v5.manifest).toMatchObject({
      schemaVersion: 5,
      appVersion: '0.1.0',
      createdAt: '2026-11-24T06:45:00.000Z',
    });
    expect(v5.manifest.tables).toEqual({
      captures: 5,
      abstracts: 26,
      annotations: 1,
      notes: 2,
      tags: 4,
      abstractTags: 2,
      lists: 1,
      listItems: 2,
      linkTypes: 1,
      links: 2,
      savedSearches: 1,
      meta: 2,
    });
  });
});

describe.each(['v1', 'v5'] as const)('restoring the %s backup', (fixture) => {
  it('gives a library at the latest version with every abstract and capture whole', async () => {
    const { tables } = await backupRows(await legacyBackup(fixture));
    const database = await restored(fixture);
    expect(database.verno).toBe(LATEST_VERSION);

    const backedUp = tables.get('abstracts') as { id: number; text: string; title: string | null }[];
    const abstracts = await allAbstracts(database);
    expect(abstracts.map((row) => [row.id, row.title, row.text])).toEqual(
      backedUp.map((row) => [row.id, row.title, row.text]),
    );
    expect(abstracts.every((row) => row.text.length > 200)).toBe(true);
    const energy = await getAbstract(await abstractIdTitled(database, ENERGY), database);
    expect(energy?.text).toMatch(
      /^Many practical machine learning tasks employ very deep convolutional neural networks\./,
    );

    // The captures' text, now stored in pieces, reads back as the seed files the release imported.
    const seeds = await readSeedFiles();
    const captures = await database.captures.toArray();
    expect(captures.map((row) => row.fileName).sort()).toEqual(seeds.map((file) => file.fileName).sort());
    for (const seed of seeds)
      expect(await readCaptureText(seed.contentHash, database)).toBe(seed.textPieces.join(''));
    database.close();
  });

  it('gives the same tables as opening the same rows as a live database of that version', async () => {
    // The version 4 upgrade stamps the same-page links it adds with the time.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T09:00:00.000Z'));
    const { manifest, tables } = await backupRows(await legacyBackup(fixture));
    const name = freshDatabase().name;
    const live = new LecternDB(name, manifest.schemaVersion);
    await live.open();
    for (const [table, rows] of tables) await live.table(table).bulkAdd(rows);
    live.close();
    const upgraded = new LecternDB(name);
    await upgraded.open();

    const restoredCopy = await restored(fixture);
    expect(await snapshot(restoredCopy)).toEqual(await snapshot(upgraded));
    restoredCopy.close();
    upgraded.close();
  });
});

describe('a library restored from the version 1 backup', () => {
  it('has every abstract unread and unstarred, and the same-page links the upgrade adds', async () => {
    const database = await restored('v1');
    expect(
      (await allAbstracts(database)).every((row) => row.status === 'unread' && row.starred === undefined),
    ).toBe(true);
    expect(await queryStatusCounts(database)).toEqual({ unread: 26, reading: 0, read: 0, starred: 0 });
    const energy = await abstractIdTitled(database, ENERGY);
    const links = await queryAbstractLinks(energy, database);
    expect(links.outgoing.imported.length).toBeGreaterThan(0);
    expect(links.outgoing.groups).toEqual([]);
    database.close();
  });
});

describe('a library restored from the version 5 backup', () => {
  it('keeps the highlight and its comment, the abstract note and the standalone note', async () => {
    const database = await restored('v5');
    const energy = await abstractIdTitled(database, ENERGY);

    const [highlight, ...others] = await queryAnnotations(energy, database);
    expect(others).toEqual([]);
    expect(highlight).toMatchObject({
      color: 'green',
      state: 'anchored',
      comment: { text: 'Compare the depth bound here with the linear-teacher result.' },
    });
    expect(highlight?.selectors.quote.exact).toBe('very deep convolutional neural networks');
    expect(highlight?.comment.json).toContain('Compare the depth bound here');

    expect((await queryNote(energy, database))?.text).toBe(
      'Energy decays exponentially with depth.\n\nCheck whether the wavelet assumption is needed.',
    );
    const [synthesis] = await querySynthesisNotes(database);
    expect(synthesis).toMatchObject({
      title: 'Depth and trainability',
      text: expect.stringContaining('Depth helps until the energy is gone.') as unknown,
    });
    database.close();
  });

  it('keeps the nested tags, the reading list, the links, the link type, the saved search, the setting, the status and the star', async () => {
    const database = await restored('v5');
    const energy = await abstractIdTitled(database, ENERGY);
    const teachers = await abstractIdTitled(database, TEACHERS);
    const topology = await abstractIdTitled(database, TOPOLOGY);

    expect((await queryAbstractTags(energy, database)).map((tag) => tag.path)).toEqual(['theory/depth']);
    expect((await queryAbstractTags(teachers, database)).map((tag) => tag.path)).toEqual([
      'theory/optimization/sgd',
    ]);
    const [theory] = await queryTagTree(database);
    expect(theory).toMatchObject({ name: 'theory', count: 2 });
    expect(theory?.children.map((child) => [child.name, child.count])).toEqual([
      ['depth', 1],
      ['optimization', 1],
    ]);

    const [list] = await queryLists(database);
    expect(list).toMatchObject({ name: 'Thesis chapter 2', total: 2, read: 0 });
    const items = await queryListItems(list?.id ?? -1, database);
    expect(items.map((item) => [item.abstractId, item.note])).toEqual([
      [energy, ''],
      [teachers, 'Motivates section 2.3'],
    ]);

    const incoming = (await queryAbstractLinks(energy, database)).incoming.groups;
    expect(
      incoming.map((group) => [group.label, group.items.map((item) => [item.other.id, item.link.note])]),
    ).toEqual([
      ['extended by', [[teachers, 'Same depth argument, for linear teachers']]],
      ['replicated by', [[topology, '']]],
    ]);
    expect(await queryLinkTypes(database)).toEqual([
      // The upgrade to version 14 gives it the uid of its name.
      { id: 'user:replicates', uid: linkTypeUid('replicates'), label: 'replicates', inverseLabel: 'replicated by', color: '#b07d2b' },
    ]);

    expect(await listSavedSearches(database)).toMatchObject([
      { name: 'Unread optimization', query: 'tag:theory/optimization is:unread' },
    ]);
    expect(await querySettings(database)).toEqual({ markReadingOnOpen: true });
    expect(await queryStatusCounts(database)).toEqual({ unread: 25, reading: 1, read: 0, starred: 1 });
    expect((await getAbstract(teachers, database))?.status).toBe('reading');
    expect((await getAbstract(energy, database))?.starred).toBe(1);
    database.close();
  });
});

describe('a backup from a newer version of Lectern', () => {
  it('is refused with that reason, and leaves no database behind', async () => {
    const parts: Uint8Array[] = [];
    const writer = new BackupWriter((chunk) => parts.push(chunk), {
      appVersion: '9.0.0',
      schemaVersion: LATEST_VERSION + 1,
    });
    writer.addRows('abstracts', []);
    writer.finish();

    await expect(restoreIntoNewDatabase(eachOf(parts), undefined, 'lectern-from-the-future')).rejects.toThrow(
      /made by a newer version of Lectern/,
    );
    expect(await Dexie.exists('lectern-from-the-future')).toBe(false);
  });
});

describe('restoring a backup made before citation keys (schema version 12)', () => {
  it('gives every abstract a unique key, as the upgrade of a live library does', async () => {
    for (const fixture of ['v1', 'v5'] as const) {
      const database = await restored(fixture);
      const rows = await allAbstracts(database);
      const keys = rows.map((row) => row.citationKey);
      expect(keys.every((key) => typeof key === 'string' && key !== ''), fixture).toBe(true);
      expect(new Set(keys).size, fixture).toBe(rows.length);
      expect(rows.find((row) => row.title === ENERGY)?.citationKey, fixture).toBe('wiatowskienergy');
      const keyRows = await database.abstractKeys.toArray();
      expect(new Map(keyRows.map((row) => [row.id, row.citationKey])), fixture).toEqual(new Map(rows.map((row) => [row.id, row.citationKey])));
      database.close();
    }
  });
});
