import { noBibliographicFields } from '../../../../shared/capture/record';
import type { CaptureRecord } from '../../../../shared/capture/types';
import { sha256Hex } from '../../../../shared/import/hash';
import { textPiecesOf } from '../../../../shared/import/text-pieces';
import type { ImportedFile } from '../../../../shared/import/types';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { readCaptureText } from '../../../../renderer/db/import/capture-texts';
import { LecternDB } from '../../../../renderer/db/schema/database';

let databaseCount = 0;

/** A new, empty database with a name no other test uses. */
export function freshDatabase(): LecternDB {
  databaseCount += 1;
  return new LecternDB(`lectern-test-${databaseCount}-${Math.random().toString(36).slice(2)}`);
}

export interface RecordSpec {
  text: string;
  truncated?: boolean;
  title?: string | null;
  authors?: string[];
  year?: number | null;
}

/** A hand-built capture: its records' texts separated by blank lines, spans pointing at them. */
export async function handBuiltFile(fileName: string, specs: RecordSpec[]): Promise<ImportedFile> {
  const records: CaptureRecord[] = [];
  let text = '';
  specs.forEach((spec, index) => {
    if (index > 0) text += '\n\n';
    const start = text.length;
    text += spec.text;
    records.push({
      ...noBibliographicFields(),
      line: 1,
      role: index === 0 ? 'main' : 'related',
      title: spec.title ?? null,
      authors: spec.authors ?? [],
      year: spec.year ?? null,
      text: spec.text,
      truncated: spec.truncated ?? false,
      span: { start, end: text.length },
      quote: null,
      views: null,
      field: null,
      language: null,
    });
  });
  const bytes = new TextEncoder().encode(text);
  return {
    fileName,
    contentHash: await sha256Hex(bytes),
    byteLength: bytes.byteLength,
    parsed: { encoding: 'utf-8', layout: 'portal', records, warnings: [], error: null },
    textPieces: textPiecesOf(text),
    displays: records.map((record) => ({ text: record.text, edits: [] })),
  };
}

/** A file the parser could not read: it carries an error and no records. */
export function unreadableFile(fileName: string, error: string): ImportedFile {
  return {
    fileName,
    contentHash: '0'.repeat(64),
    byteLength: 4,
    parsed: { encoding: null, layout: 'unknown', records: [], warnings: [], error },
    textPieces: [],
    displays: [],
  };
}

/**
 * The row as the library means it: versions 3 to 7 stored `starred: 0` on an unstarred abstract,
 * version 8 leaves the field out. Upgrade tests compare libraries, so both read the same.
 */
function withoutUnstarredMark<Row extends { starred?: number }>(row: Row): Row {
  if (row.starred !== 0) return row;
  const copy = { ...row };
  delete copy.starred;
  return copy;
}

/** Capture rows with their text, as versions before 10 stored them and later ones join them. */
async function capturesWithText(database: LecternDB): Promise<unknown[]> {
  const rows = await database.table<{ hash: string; text?: string }, string>('captures').toArray();
  if (database.verno < 10) return rows;
  return Promise.all(rows.map(async (row) => ({ ...row, text: await readCaptureText(row.hash, database) })));
}

/** The row without its uid (since version 14): random uids differ from one library to the next. */
function withoutUid<Row extends object>(row: Row): Row {
  if (!('uid' in row)) return row;
  const copy: Partial<Row> & { uid?: unknown } = { ...row };
  delete copy.uid;
  return copy as Row;
}

async function tableRows(database: LecternDB, name: string): Promise<unknown[]> {
  if (name === 'abstracts') return (await allAbstracts(database)).map(withoutUnstarredMark).map(withoutUid);
  if (name === 'captures') return capturesWithText(database);
  return (await database.table<object>(name).toArray()).map(withoutUid);
}

/**
 * Everything stored, table by table, to compare a database before and after an operation, without
 * uids (upgrade-v14.test.ts and the uid tests check them). Abstracts appear whole (row and text joined), and captures with their text, however the
 * database's version splits them; the `captureTexts` pieces are listed too, so none left over hides.
 */
export async function snapshot(database: LecternDB): Promise<Record<string, unknown[]>> {
  const names = database.tables.map((table) => table.name).filter((name) => name !== 'abstractTexts');
  const tables = await Promise.all(names.map(async (name) => [name, await tableRows(database, name)] as const));
  return Object.fromEntries(tables);
}

/** Removes an abstract as a delete would (the app has none yet): its row, keys and text, in one transaction. */
export async function deleteAbstract(database: LecternDB, id: number): Promise<void> {
  await database.transaction('rw', [database.abstracts, database.abstractKeys, database.abstractTexts], () =>
    Promise.all([database.abstracts.delete(id), database.abstractKeys.delete(id), database.abstractTexts.delete(id)]),
  );
}

/** Fields version 11 added to abstract and key rows; its own test checks them. */
const VERSION_11_FIELDS = ['doi', 'arxiv', 'citationKey', 'titleKey', 'url', 'venue', 'type', 'keywords', 'fields'];

/**
 * Rows without what version 11 added, so a test of an earlier upgrade can compare the rows it
 * changed with what it expects, whichever later upgrades also ran.
 */
export function withoutVersion11Fields(rows: readonly unknown[] | undefined): unknown[] | undefined {
  return rows?.map((row) => {
    if (typeof row !== 'object' || row === null) return row;
    const copy: Record<string, unknown> = { ...row };
    for (const field of VERSION_11_FIELDS) delete copy[field];
    return copy;
  });
}
