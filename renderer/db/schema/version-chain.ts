import type { Dexie, Transaction } from 'dexie';
import { moveAbstractKeys } from './upgrade-abstract-keys';
import { moveAbstractTexts } from './upgrade-abstract-texts';
import { moveCaptureTexts } from './upgrade-capture-texts';
import { addBibliographicFields } from './upgrade-bibliographic';
import { giveEveryAbstractAKey } from './upgrade-citation-keys';
import { linkPagesOnUpgrade } from './upgrade-links';
import { LINK_STORES } from './link-tables';
import { addReadingState, dropUnstarredMarks, ORGANIZE_INDEXES_V9, ORGANIZE_STORES } from './organize-tables';
import { SEARCH_STORES } from './search-tables';
import { SCREENING_STORES } from './screening-tables';
import { giveEveryRowAUid } from './upgrade-uids';
import { buildGraphCopies } from './upgrade-graph-copies';
import { lengthenPrefixKeys } from './upgrade-prefix-keys';
import { SYNC_UPDATES_SCHEMA } from '../sync/update-store';

/** The abstracts table's key and indexes as version 1 declared them. */
const ABSTRACTS_SCHEMA_V1 = '++id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, *captureHashes';
/** The abstracts table's key and indexes in versions 3 to 5. */
const ABSTRACTS_SCHEMA_V3 = `${ABSTRACTS_SCHEMA_V1}, status, starred`;
/**
 * The abstracts table's key and indexes since version 6, and its keys table's (since version 6; version 14 adds
 * `uid` there, SYNC_UID_STORES).
 */
export const ABSTRACTS_SCHEMA = '++id, status, starred';
const ABSTRACT_KEYS_SCHEMA_V6 = 'id, fingerprint, prefixKey, createdAt, updatedAt, sortTitle, year, *captureHashes';
/** Since version 11 the identifiers an import merges by are indexed too (a null value is not indexed). */
export const ABSTRACT_KEYS_SCHEMA = `${ABSTRACT_KEYS_SCHEMA_V6}, doi, arxiv, citationKey, titleKey`;
/** Since version 11: pairs of abstracts the user said are not duplicates. */
export const DISTINCT_PAIRS_SCHEMA = '[low+high]';
/** Since version 7: each abstract's text and display form, under the abstract's id. */
export const ABSTRACT_TEXTS_SCHEMA = 'id';
export const CAPTURES_SCHEMA = 'hash, fileName, importedAt';
/** Since version 10: each capture's text in pieces, under its hash and the piece's place. */
export const CAPTURE_TEXTS_SCHEMA = '[hash+index]';
export const META_SCHEMA = 'key';
/** Since version 16: the graph's compact copies of the links and of the abstracts' ids, in blocks of ids (links/ends-blocks.ts, abstracts/id-blocks.ts). */
export const LINK_ENDS_SCHEMA = 'block';
export const ABSTRACT_IDS_SCHEMA = 'block';
export const ANNOTATIONS_SCHEMA = '++id, abstractId, updatedAt';
export const NOTES_SCHEMA = '++id, abstractId, updatedAt';

const withUid = (schema: string): string => `${schema}, uid`;

/**
 * Version 14: the synced tables' keys and indexes with a `uid` index, so the sync bridge finds a row
 * by the id every device knows it by. Not unique: two duplicate abstracts share one until merged.
 * An abstract's uid is indexed in abstractKeys, not on the abstracts table, whose rows a bulk status
 * change rewrites with every index entry (see abstracts/keys.ts); the row carries the uid too.
 * The bench builds its raw-bulkAdd baseline with the same strings.
 */
export const SYNC_UID_STORES = {
  abstractKeys: withUid(ABSTRACT_KEYS_SCHEMA),
  annotations: withUid(ANNOTATIONS_SCHEMA),
  notes: withUid(NOTES_SCHEMA),
  tags: withUid(ORGANIZE_STORES.tags),
  lists: withUid(ORGANIZE_STORES.lists),
  listItems: withUid(ORGANIZE_INDEXES_V9.listItems),
  links: withUid(LINK_STORES.links),
  linkTypes: withUid(LINK_STORES.linkTypes),
  savedSearches: withUid(SEARCH_STORES.savedSearches),
  reviews: withUid(SCREENING_STORES.reviews),
  decisions: withUid(SCREENING_STORES.decisions),
} as const;

/**
 * One step of the version chain. `stores` lists only the tables this version adds or changes
 * (null deletes a table); `upgrade` moves existing data forward and runs once, inside the upgrade
 * transaction, when an older database is opened.
 */
export interface SchemaStep {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * The whole history of the database, oldest first. Never edit a published step: append a new one
 * (annotations, notes, tags, lists, links, the search index…) with the next version number.
 */
export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    stores: { captures: CAPTURES_SCHEMA, abstracts: ABSTRACTS_SCHEMA_V1, meta: META_SCHEMA },
  },
  // Highlights and notes. New tables only, so existing data needs no upgrade function.
  { version: 2, stores: { annotations: ANNOTATIONS_SCHEMA, notes: NOTES_SCHEMA } },
  // Tags, reading lists, and a status and star on every abstract (indexed, for the sidebar's views).
  { version: 3, stores: { abstracts: ABSTRACTS_SCHEMA_V3, ...ORGANIZE_STORES }, upgrade: addReadingState },
  // Typed links between abstracts (user, mention and import links) and user-defined link types.
  { version: 4, stores: { ...LINK_STORES }, upgrade: linkPagesOnUpgrade },
  // The persisted search index and saved searches.
  { version: 5, stores: { ...SEARCH_STORES } },
  // Bulk status in about a second: the sort, source and identity indexes move to their own table.
  { version: 6, stores: { abstracts: ABSTRACTS_SCHEMA, abstractKeys: ABSTRACT_KEYS_SCHEMA_V6 }, upgrade: moveAbstractKeys },
  // The same, further: texts move to their own table, so a status change rewrites small rows.
  { version: 7, stores: { abstractTexts: ABSTRACT_TEXTS_SCHEMA }, upgrade: moveAbstractTexts },
  // And further: the star index holds starred abstracts only (rows of unstarred ones leave the field out).
  { version: 8, stores: {}, upgrade: dropUnstarredMarks },
  // Bulk tagging and list additions: the join tables keep only the indexes their keys do not cover.
  { version: 9, stores: { ...ORGANIZE_INDEXES_V9 } },
  // A large import keeps the page responsive: a capture's text is stored in small pieces, not one value.
  { version: 10, stores: { captureTexts: CAPTURE_TEXTS_SCHEMA }, upgrade: moveCaptureTexts },
  // Reference files: identifiers, venue, type, citation key and other fields on every abstract, the
  // identifiers indexed for merging, and the pairs the user said are not duplicates.
  { version: 11, stores: { abstractKeys: ABSTRACT_KEYS_SCHEMA, distinctPairs: DISTINCT_PAIRS_SCHEMA }, upgrade: addBibliographicFields },
  // Citation keys: every abstract gets one, unique in the library. The index stays non-unique (a
  // unique index would abort the upgrade on the duplicates it must fix); the code enforces it.
  { version: 12, stores: {}, upgrade: giveEveryAbstractAKey },
  // Systematic-review screening: reviews, their records and the decisions on them. New tables only.
  { version: 13, stores: { ...SCREENING_STORES } },
  // Sync: every synced row gets a uid, the same on every device (shared/sync/uids.ts); join rows are
  // identified by their ends' uids.
  { version: 14, stores: SYNC_UID_STORES, upgrade: giveEveryRowAUid },
  // Sync: the library's Yjs updates, kept locally so offline edits and received changes survive a reload. New table only.
  { version: 15, stores: { syncUpdates: SYNC_UPDATES_SCHEMA } },
  // The graph at 100k: each link's id, ends and type, and every abstract's id, as typed arrays, kept
  // with the links and abstracts by links/ends-middleware.ts and abstracts/id-blocks-middleware.ts, so
  // the graph reads a few blocks instead of walking both tables. Caches: not backed up.
  { version: 16, stores: { linkEnds: LINK_ENDS_SCHEMA, abstractIds: ABSTRACT_IDS_SCHEMA }, upgrade: buildGraphCopies },
  // Import at 100k: prefix keys grow from 40 to 60 characters, the shortest snippet that may merge, so an
  // import no longer reads stored abstracts that only share a generic opening with an incoming record.
  { version: 17, stores: {}, upgrade: lengthenPrefixKeys },
];

export const LATEST_VERSION = SCHEMA_STEPS.reduce((latest, step) => Math.max(latest, step.version), 0);

/**
 * Declares the version chain on `db`, up to `upToVersion`. Opening with an older `upToVersion`
 * builds a database as an older release left it, which is how upgrade tests start.
 */
export function declareSchema(db: Dexie, upToVersion: number = LATEST_VERSION): void {
  for (const step of SCHEMA_STEPS) {
    if (step.version > upToVersion) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
