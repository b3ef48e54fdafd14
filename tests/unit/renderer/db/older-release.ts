import type { ImportedFile } from '../../../../shared/import/types';
import { LecternDB } from '../../../../renderer/db/schema/database';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { storedRowOf } from '../../../../renderer/db/abstracts/store';
import { readCaptureText } from '../../../../renderer/db/import/capture-texts';
import { importFiles } from '../../../../renderer/db/import/import';
import { freshDatabase, snapshot } from './fixtures';

/**
 * Writes `files` into a database opened at an older version, as that release's import left them:
 * today's import runs in a scratch database, then its captures, abstracts and meta rows (ids kept)
 * are copied into the older tables (before version 7 an abstract's row held its text, before
 * version 10 a capture's row held its own). Today's write paths need today's tables, so they
 * cannot run against an older schema themselves.
 */
export async function importAsOlderRelease(files: readonly ImportedFile[], older: LecternDB): Promise<void> {
  const scratch = freshDatabase();
  await importFiles([...files], scratch);
  // Before version 10 a capture's row held its whole text.
  const captureRows = await scratch.captures.toArray();
  const captures = older.verno >= 10 ? captureRows : await Promise.all(captureRows.map(async (row) => ({ ...row, text: await readCaptureText(row.hash, scratch) })));
  if (captures.length > 0) await older.table('captures').bulkAdd(captures);
  if (older.verno >= 10 && captures.length > 0) await older.table('captureTexts').bulkAdd(await scratch.captureTexts.toArray());
  const meta = await scratch.meta.toArray();
  if (meta.length > 0) await older.table('meta').bulkAdd(meta);
  // Versions 3 to 7 stored `starred: 0` on every unstarred abstract; version 11 added the bibliographic fields, 14 the uid.
  const abstracts = (await allAbstracts(scratch))
    .map((row) => (older.verno < 14 ? withoutUid(row) : row))
    .map((row) => (older.verno < 11 ? withoutBibliographicFields(row) : older.verno < 12 ? withVersion11Key(row) : row))
    .map((row) => (older.verno >= 3 && older.verno <= 7 ? { starred: 0, ...row } : row));
  // Since version 7 an abstract's text is kept apart, in abstractTexts.
  const textsApart = older.tables.some((table) => table.name === 'abstractTexts');
  if (abstracts.length > 0) await older.table('abstracts').bulkAdd(textsApart ? abstracts.map(storedRowOf) : abstracts);
  if (textsApart && abstracts.length > 0) await older.table('abstractTexts').bulkAdd(await scratch.abstractTexts.toArray());
  // Version 6 kept each abstract's keys in their own table.
  if (older.tables.some((table) => table.name === 'abstractKeys')) {
    const keys = await scratch.abstractKeys.toArray();
    const keyOf = new Map(abstracts.map((row) => [row.id, row.citationKey]));
    const keysAt = (row: (typeof keys)[number]) => {
      const atVersion = older.verno < 14 ? withoutUid(row) : row;
      return older.verno < 11 ? withoutBibliographicFields(atVersion) : { ...atVersion, citationKey: keyOf.get(row.id) ?? null };
    };
    await older.table('abstractKeys').bulkAdd(keys.map(keysAt));
  }
  scratch.close();
}

/** A row as releases before version 14 stored it. */
function withoutUid<Row extends { uid?: unknown }>(row: Row): Row {
  const older = { ...row };
  delete older.uid;
  return older;
}

/** Before version 12 only an abstract imported from a reference entry had a key: its own. */
function withVersion11Key<Row extends { citationKey: string | null; sources: readonly { role: string }[] }>(row: Row): Row {
  return row.sources.some((source) => source.role === 'entry') ? row : { ...row, citationKey: null };
}

const BIBLIOGRAPHIC_FIELDS = ['doi', 'arxiv', 'citationKey', 'titleKey', 'url', 'venue', 'type', 'keywords', 'fields'] as const;

/** A row as releases before version 11 stored it. */
function withoutBibliographicFields<Row extends object>(row: Row): Row {
  const older: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of BIBLIOGRAPHIC_FIELDS) delete older[field];
  return older as Row;
}

/** Rows of releases before version 14 had no uid; today's write paths give them one, so it is taken off. */
async function dropUids(older: LecternDB): Promise<void> {
  await older.transaction('rw', older.tables, async () => {
    for (const table of older.tables) {
      await table.toCollection().modify((row: { uid?: unknown }) => {
        delete row.uid;
      });
    }
  });
}

/**
 * A library as release `version` left it after importing `files` (and whatever `change` then did to
 * it), opened by today's code: everything it held before, and the upgraded database.
 */
export async function upgradeOlderRelease(
  version: number,
  files: readonly ImportedFile[],
  change: (older: LecternDB) => Promise<void>,
): Promise<{ before: Record<string, unknown[]>; upgraded: LecternDB }> {
  const name = freshDatabase().name;
  const older = new LecternDB(name, version);
  await importAsOlderRelease(files, older);
  await change(older);
  if (version < 14) await dropUids(older);
  const before = await snapshot(older);
  older.close();
  const upgraded = new LecternDB(name);
  await upgraded.open();
  return { before, upgraded };
}
