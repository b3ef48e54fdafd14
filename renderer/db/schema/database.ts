// The schema domain owns the database itself: the Dexie class, its version chain, the table declarations and every upgrade step.

import { Dexie, type EntityTable, type Table } from 'dexie';
import { linkPolicyMiddleware } from './link-policy-middleware';
import { changeNoteMiddleware } from './change-note-middleware';
import { syncCaptureMiddleware } from '../sync/capture-middleware';
import { linkEndsMiddleware } from '../links/ends-middleware';
import { abstractIdsMiddleware } from '../abstracts/id-blocks-middleware';
import type { AbstractIdBlock } from '../abstracts/id-blocks';
import type { LinkEndsBlock } from '../links/ends-blocks';
import { declareSchema, LATEST_VERSION } from './version-chain';
import { activeDatabaseName, DEFAULT_DATABASE_NAME } from './active-database';
import type { AbstractTextRow, CaptureRow, CaptureTextRow, DistinctPairRow, MetaRow, StoredAbstractRow } from './row-types';
import type { AnnotationRow, NoteRow } from '../annotations/types';
import type { AbstractTagRow, ListItemRow, ListRow, TagRow } from '../organize/types';
import type { LinkRow, LinkTypeRow } from '../links/rows';
import type { SavedSearchRow } from '../search/saved-search-types';
import type { SearchIndexRow } from '../search/index-store';
import type { AbstractKeysRow } from '../abstracts/keys';
import type { DecisionRow, ReviewRecordRow, ReviewRow } from '../../../shared/screening/types';
import type { SyncUpdateRow } from '../sync/update-store';

export const DATABASE_NAME = DEFAULT_DATABASE_NAME;

/** The app's one IndexedDB database. Only renderer/db talks to it. */
export class LecternDB extends Dexie {
  declare captures: Table<CaptureRow, string>;
  /** Each abstract without its text; before version 7 the rows also held `text` and `display`. */
  declare abstracts: EntityTable<StoredAbstractRow, 'id'>;
  declare meta: Table<MetaRow, string>;
  /** Since version 2; absent (undefined) on a database opened at version 1. */
  declare annotations: EntityTable<AnnotationRow, 'id'>;
  declare notes: EntityTable<NoteRow, 'id'>;
  /** Since version 3. */
  declare tags: EntityTable<TagRow, 'id'>;
  declare abstractTags: Table<AbstractTagRow, [number, number]>;
  declare lists: EntityTable<ListRow, 'id'>;
  declare listItems: EntityTable<ListItemRow, 'id'>;
  /** Since version 4. */
  declare links: EntityTable<LinkRow, 'id'>;
  declare linkTypes: Table<LinkTypeRow, string>;
  /** Since version 5: saved searches (smart collections). */
  declare savedSearches: EntityTable<SavedSearchRow, 'id'>;
  /** Since version 5: the persisted search index (renderer/db/search/index-store.ts). */
  declare searchIndex: Table<SearchIndexRow, string>;
  /** Since version 6: the indexed keys of each abstract (sorts, sources, identity). */
  declare abstractKeys: Table<AbstractKeysRow, number>;
  /** Since version 7: each abstract's text and display form (read through abstract-records.ts). */
  declare abstractTexts: Table<AbstractTextRow, number>;
  /** Since version 10: each capture's decoded text in pieces (read through capture-texts.ts). */
  declare captureTexts: Table<CaptureTextRow, [string, number]>;
  /** Since version 11: pairs the user marked "Not duplicates", under [low+high]. */
  declare distinctPairs: Table<DistinctPairRow, [number, number]>;
  /** Since version 13: systematic reviews, their records (abstracts) and the decisions on them. */
  declare reviews: EntityTable<ReviewRow, 'id'>;
  declare reviewRecords: Table<ReviewRecordRow, [number, number]>;
  declare decisions: Table<DecisionRow, [number, number, number]>;
  /** Since version 15: the Yjs updates of the library's sync docs (renderer/db/sync/update-store.ts). */
  declare syncUpdates: Table<SyncUpdateRow, number>;
  /** Since version 16: the graph's copy of the links' ends and types, kept by linkEndsMiddleware. */
  declare linkEnds: Table<LinkEndsBlock, number>;
  /** Since version 16: the graph's copy of the abstracts' ids, kept by abstractIdsMiddleware. */
  declare abstractIds: Table<AbstractIdBlock, number>;

  constructor(name: string = DATABASE_NAME, upToVersion: number = LATEST_VERSION) {
    super(name);
    declareSchema(this, upToVersion);
    this.use(linkPolicyMiddleware);
    this.use(changeNoteMiddleware);
    this.use(syncCaptureMiddleware);
    this.use(linkEndsMiddleware);
    this.use(abstractIdsMiddleware);
  }
}

/** The database the app uses (the default one, or the one a restore switched to). Dexie opens it on first use. */
export const db = new LecternDB(activeDatabaseName());

/** A database of another name (tests, the bench); it opens on first use. */
export function openDatabase(name: string): LecternDB {
  return new LecternDB(name);
}
