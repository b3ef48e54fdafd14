import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkRow } from '../../../../../shared/backup/row-check';
import { backupTablesAt } from '../../../../../shared/backup/tables';
import { allAbstracts } from '../../../../../renderer/db/abstracts/records';
import { createHighlight, saveCommentEdit } from '../../../../../renderer/db/annotations/annotations';
import { importFiles } from '../../../../../renderer/db/import/import';
import { addLink } from '../../../../../renderer/db/links/links';
import { setHideImportLinks } from '../../../../../renderer/db/links/settings';
import { addLinkType } from '../../../../../renderer/db/links/user-types';
import { addToList, createList, orderedItems, setListItemNote } from '../../../../../renderer/db/lists/lists';
import { saveNoteEdit } from '../../../../../renderer/db/notes/notes';
import { createSynthesisNote, saveSynthesisNote } from '../../../../../renderer/db/notes/synthesis-notes';
import { setStatus, toggleStar } from '../../../../../renderer/db/organize/reading-status';
import { markNotDuplicates } from '../../../../../renderer/db/duplicates/not-duplicates';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { LATEST_VERSION } from '../../../../../renderer/db/schema/version-chain';
import { createSavedSearch } from '../../../../../renderer/db/search/saved-searches';
import { setSetting } from '../../../../../renderer/db/settings/settings';
import { setThemeChoice } from '../../../../../renderer/db/settings/theme';
import { addTag, setTagColor } from '../../../../../renderer/db/tags/tags';
import { noteJson } from '../../notes/note-json';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { setScreeningNote } from '../../../../../renderer/db/screening/records';
import { freshDatabase } from '../fixtures';
import { importAsOlderRelease } from '../older-release';
import { readSeedFiles } from '../seed-files';

/** Every refusal among the rows of every table a backup of the database's version holds, as `table: message`. */
async function refusedRows(database: LecternDB): Promise<string[]> {
  const refused: string[] = [];
  for (const table of backupTablesAt(database.verno)) {
    for (const row of await database.table(table).toArray()) {
      const problem = checkRow(table, database.verno, row);
      if (problem !== null) refused.push(`${table}: ${problem}`);
    }
  }
  return refused;
}

async function rowCounts(database: LecternDB): Promise<Record<string, number>> {
  const tables = backupTablesAt(database.verno);
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await database.table(table).count()] as const)));
}

/** The seeds, with everything a user can add to them done through the app's own writes. */
async function usedLibrary(): Promise<LecternDB> {
  const database = freshDatabase();
  await importFiles(await readSeedFiles(), database);
  const [first, second, third] = await allAbstracts(database);
  if (first === undefined || second === undefined || third === undefined) throw new Error('the seeds hold fewer than three abstracts');

  const highlight = await createHighlight(first.id, 0, 12, 'green', database);
  const comment = noteJson(['Compare ', { mention: second.id, title: second.title ?? 'second' }, ' — “$x^2$” \\ done.']);
  await saveCommentEdit(highlight, { json: comment, text: 'Compare it', base: { revision: 0, json: null }, stamp: { writer: 'editor-1', at: 5 } }, database);
  await saveNoteEdit(first.id, { json: noteJson(['Read with ', { link: 'https://example.org', text: 'this' }]), text: 'Read with this', base: { revision: 0, json: null } }, database);
  const synthesis = await createSynthesisNote('Bounds compared', database);
  await saveSynthesisNote(synthesis.id, noteJson([{ mention: third.id, title: 'third' }, ' disagrees.']), 'third disagrees.', database);

  const tag = await addTag(first.id, 'theory/optimization/sgd', database);
  await addTag(second.id, 'theory', database);
  await setTagColor(tag.tag.id, '#d9480f', database);
  await toggleStar(first.id, database);
  await setStatus(second.id, 'read', database);

  const list = await createList('To read', database);
  await addToList(list.id, [third.id, first.id], undefined, database);
  const [item] = await orderedItems(list.id, database);
  if (item !== undefined) await setListItemNote(item.id, 'Why: its bound', database);

  const type = await addLinkType({ label: 'Refutes', inverseLabel: 'Refuted by' }, database);
  await addLink({ fromId: third.id, toId: first.id, type: type.type.id, note: 'see §2' }, database);
  await addLink({ fromId: second.id, toId: third.id, type: 'supports' }, database);

  await createSavedSearch('tag:theory is:unread', 'Theory to read', database);
  await markNotDuplicates(third.id, first.id, database);
  await setSetting('markReadingOnOpen', true, database);
  await setThemeChoice('dark', database);
  await setHideImportLinks(true, database);

  const review = await createReview(
    { name: 'Bounds', question: 'Which bounds hold?', criteria: [{ code: 'E1', kind: 'exclude', label: 'Not theory' }], includeKeywords: ['bound'], excludeKeywords: [], selections: [{ kind: 'tag', path: 'theory' }] },
    [first.id, second.id],
    database,
  );
  await decide({ reviewId: review.id, abstractId: first.id, stage: 1, verdict: 'include', order: 'ranked' }, database);
  await decide({ reviewId: review.id, abstractId: second.id, stage: 1, verdict: 'exclude', reason: 'e1', order: 'random' }, database);
  await setScreeningNote(review.id, first.id, 'Check the proof', database);
  return database;
}

/**
 * A library as release `version` left it after importing `files`. Today's import gives every abstract
 * a status, which releases before version 3 did not store; older-release.ts keeps it, so it goes here.
 */
async function importedAt(version: number, files: Parameters<typeof importAsOlderRelease>[0], name = freshDatabase().name): Promise<LecternDB> {
  const database = new LecternDB(name, version);
  await importAsOlderRelease(files, database);
  if (version < 3) {
    await database.table('abstracts').toCollection().modify((row: { status?: unknown }) => {
      delete row.status;
    });
  }
  return database;
}

describe('checkRow on rows the app writes', () => {
  it('passes every row of a library used at the latest version, in every table a backup holds', async () => {
    const database = await usedLibrary();
    expect(database.verno).toBe(LATEST_VERSION);
    const counts = await rowCounts(database);
    for (const [table, count] of Object.entries(counts)) expect(count, table).toBeGreaterThan(0);
    const links = await database.links.toArray();
    expect(new Set(links.map((link) => link.origin))).toEqual(new Set(['user', 'note', 'import']));

    expect(await refusedRows(database)).toEqual([]);
    database.close();
  });

  it('refuses the same rows checked against an older version’s shapes', async () => {
    const database = await usedLibrary();
    const [capture] = await database.captures.toArray();
    const [abstract] = await database.abstracts.toArray();
    expect(checkRow('captures', 9, capture)).toBe('missing field “text”');
    expect(checkRow('abstracts', 6, abstract)).toBe('missing field “text”');
    database.close();
  });

  it('passes every row a release of each older version left behind, imported by it or upgraded from version 1', async () => {
    const seeds = await readSeedFiles();
    for (let version = 1; version < LATEST_VERSION; version += 1) {
      const imported = await importedAt(version, seeds);
      expect(await refusedRows(imported), `imported at version ${version}`).toEqual([]);
      imported.close();
    }

    const name = freshDatabase().name;
    (await importedAt(1, seeds, name)).close();
    for (let version = 2; version <= LATEST_VERSION; version += 1) {
      const upgraded = new LecternDB(name, version);
      await upgraded.open();
      expect(upgraded.verno).toBe(version);
      expect(await refusedRows(upgraded), `upgraded to version ${version}`).toEqual([]);
      upgraded.close();
    }
  });
});
