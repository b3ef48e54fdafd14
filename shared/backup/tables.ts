// Which tables a backup holds at each schema version, in the order a restore writes them.

/** The latest database schema version; a backup made by this release follows it. */
export const LATEST_BACKUP_SCHEMA = 17;

/**
 * Every backed-up table with the schema version that added it, parents before children. The search
 * index is left out: it is a cache, rebuilt from the rows. So are the sync updates (version 15): they
 * are this device's replica of the library's Yjs docs, which the sync server holds. And the graph's copies of
 * the links and of the abstracts' ids (linkEnds, abstractIds, version 16): kept as a restore writes those tables.
 */
const TABLES_SINCE: readonly (readonly [table: string, since: number])[] = [
  ['captures', 1],
  ['captureTexts', 10],
  ['abstracts', 1],
  ['abstractKeys', 6],
  ['abstractTexts', 7],
  ['annotations', 2],
  ['notes', 2],
  ['tags', 3],
  ['abstractTags', 3],
  ['lists', 3],
  ['listItems', 3],
  ['linkTypes', 4],
  ['links', 4],
  ['savedSearches', 5],
  ['distinctPairs', 11],
  ['reviews', 13],
  ['reviewRecords', 13],
  ['decisions', 13],
  ['meta', 1],
];

/** Throws unless `version` is a schema version this release knows (1 to LATEST_BACKUP_SCHEMA). */
export function assertKnownSchema(version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > LATEST_BACKUP_SCHEMA) {
    throw new Error(`Schema version ${version} is unknown: this release reads versions 1 to ${LATEST_BACKUP_SCHEMA}.`);
  }
}

const TABLES_AT: readonly (readonly string[])[] = Array.from({ length: LATEST_BACKUP_SCHEMA + 1 }, (_, version) =>
  Object.freeze(TABLES_SINCE.filter(([, since]) => since <= version).map(([table]) => table)),
);

/** The tables a backup of schema `version` holds, in the order a restore should write them. */
export function backupTablesAt(version: number): readonly string[] {
  assertKnownSchema(version);
  return TABLES_AT[version] ?? [];
}
