import * as Y from 'yjs';
import { documentName, ROW_SHARD_COUNT } from '../../../shared/sync/document-name';
import { deleteEntity, writeEntity, writeEntityFields } from '../../../shared/sync/entities';
import { decodeEntry, parseRegisterKey, registersOf } from '../../../shared/sync/registers';
import { HybridClock } from '../../../shared/sync/hlc';
import { homeOf } from '../../../shared/sync/shards';
import type { LecternDB } from '../schema/database';
import { abstractTables } from '../abstracts/store';
import { captureCommittedChanges, markRemoteTransaction, SYNCED_TABLES, type CommittedChanges } from './capture-middleware';
import { deviceIdOf } from './device-id';
import { loadPendingEntities, savePendingEntities, type EntityRef } from './pending-entities';
import { localOperations, type LocalOperation } from './local-export';
import { applyRemoteEntity, type ApplyOutcome } from './remote-apply';
import { SerialQueue } from './serial-queue';
import { UidLookup } from './uid-lookup';
import { appendUpdates, compactUpdates, loadUpdates, type SyncUpdateRow } from './update-store';
import { existingRowsAsChanges } from './existing-rows';
import { ensureRichText, parseRichTextKey, richTextKeysChanged, richTextOf } from '../../../shared/sync/rich-texts';
import type { RichTextValue } from '../../../shared/sync/synced-kinds';
import { readRichText, writeRichText, type RichTextNodes } from './rich-text-binding';
import { blobManifestOf } from './blob-manifest';
import { ABSTRACT_KIND } from '../../../shared/sync/synced-kinds';
import { knowsEntity, readEntity, type EntityKind } from '../../../shared/sync/entities';
import { MERGE_TABLES } from '../duplicates/merge-scope';
import type { WordTest } from '../../../shared/text/types';

/** The origin of every Yjs change this bridge makes from a local Dexie write; anything else came from elsewhere. */
export const LOCAL_ORIGIN = 'lectern-local';
/** The origin of updates replayed from this device's own store at start. */
const LOAD_ORIGIN = 'lectern-load';

/** Tables whose new rows can unblock pending remote entities (they are what those point at). */
const REFERENCED_TABLES = new Set(['abstracts', 'tags', 'lists', 'notes', 'annotations', 'linkTypes', 'reviews']);
/** The same, for entities arriving from elsewhere. */
const UNBLOCKING_KINDS = new Set(['tag', 'list', 'note', 'annotation', 'linkType', 'review']);

export interface SyncReplicaOptions {
  /** Where skipped values and rows are reported (a log line each); the default writes console warnings. */
  report?: (problem: string) => void;
  /** The wall clock for the hybrid clock (tests pass their own). */
  wallClock?: () => number;
  /**
   * The nodes notes and comments may hold beyond Lexical's paragraphs and text (the app passes its editors' list);
   * a text holding another node is reported and not synced.
   */
  richTextNodes?: RichTextNodes;
  /** Loads the dictionary an edited abstract text's display form is derived with (the app's, by default). */
  loadWordTest?: () => Promise<WordTest>;
}

const loadDictionary = async (): Promise<WordTest> => (await import('../../../shared/text/dictionary')).createWordTest();

/** Per entity (by refKey), the register fields a remote update changed. */
type ChangedFields = ReadonlyMap<string, ReadonlySet<string>>;
interface ChangedEntities {
  refs: EntityRef[];
  fields: ChangedFields;
}

const NO_DICTIONARY: WordTest = () => false;

const refKey = (ref: EntityRef): string => `${ref.doc}\u0000${ref.kind}\u0000${ref.entity}`;

/**
 * One device's replica of a library: the meta doc and 64 row shards, in memory, kept in step with Dexie both ways
 * and stored in Dexie (`syncUpdates`) so offline edits survive a reload. A connection layer syncs `documents`.
 */
export class SyncReplica {
  readonly documents: ReadonlyMap<string, Y.Doc>;
  private readonly queue: SerialQueue;
  private readonly pending = new Map<string, EntityRef>();
  private readonly localUpdates: SyncUpdateRow[] = [];
  private stopCapture: () => void = () => undefined;
  private wordTest: Promise<WordTest> | null = null;

  private constructor(
    private readonly database: LecternDB,
    readonly libraryId: string,
    private readonly clock: HybridClock,
    private readonly report: (problem: string) => void,
    private readonly richTextNodes: RichTextNodes,
    private readonly loadWordTest: () => Promise<WordTest>,
  ) {
    const names = [documentName({ libraryId, kind: 'meta' })];
    for (let shard = 0; shard < ROW_SHARD_COUNT; shard += 1) names.push(documentName({ libraryId, kind: 'rows', shard }));
    this.documents = new Map(names.map((name) => [name, new Y.Doc({ gc: true })]));
    // Defined before any update arrives: a top-level type first met in a remote update is a placeholder whose
    // changes are not keyed by the Y.Map a later getMap returns.
    for (const doc of this.documents.values()) registersOf(doc);
    blobManifestOf(this.metaDocument);
    this.queue = new SerialQueue((error) => report(`sync bridge: ${error instanceof Error ? error.message : String(error)}`));
  }

  static async open(database: LecternDB, libraryId: string, options: SyncReplicaOptions = {}): Promise<SyncReplica> {
    const report = options.report ?? ((problem: string) => console.warn(problem));
    const replica = new SyncReplica(database, libraryId, new HybridClock(await deviceIdOf(database), options.wallClock), report, options.richTextNodes ?? [], options.loadWordTest ?? loadDictionary);
    const fresh = await replica.load();
    replica.attach();
    // A first replica of this library on this device: what the library already holds goes out too, once.
    if (fresh) void replica.queue.push(async () => replica.exportLocal(await existingRowsAsChanges(database)));
    return replica;
  }

  get deviceId(): string {
    return this.clock.device;
  }

  /** The library's meta doc (tags, lists… and the blob manifest). */
  get metaDocument(): Y.Doc {
    const doc = this.documents.get(documentName({ libraryId: this.libraryId, kind: 'meta' }));
    if (doc === undefined) throw new Error('A replica always holds its meta doc.');
    return doc;
  }

  /** A change this device makes to a doc outside Dexie (the blob manifest): sent like a local edit, and stored. */
  changeLocally(doc: Y.Doc, change: () => void): Promise<void> {
    return this.queue.push(async () => {
      doc.transact(change, LOCAL_ORIGIN);
      await this.flushLocalUpdates();
    });
  }

  /** Resolves once every local export and remote apply started so far has reached Dexie and the update store. */
  whenIdle(): Promise<void> {
    return this.queue.idle();
  }

  close(): void {
    this.stopCapture();
    for (const doc of this.documents.values()) doc.destroy();
  }

  /** Replays the stored updates; true when there were none (this device never had a replica of the library). */
  private async load(): Promise<boolean> {
    const stored = await loadUpdates(this.database);
    for (const [name, updates] of stored) {
      const doc = this.documents.get(name);
      if (doc === undefined) continue;
      for (const update of updates) Y.applyUpdate(doc, update, LOAD_ORIGIN);
      await compactUpdates(this.database, name, updates.length, Y.encodeStateAsUpdate(doc));
    }
    // Entities that were waiting when the app closed (their abstract not imported yet) wait again.
    for (const ref of await loadPendingEntities(this.database)) this.pending.set(refKey(ref), ref);
    return stored.size === 0;
  }

  private attach(): void {
    for (const [name, doc] of this.documents) {
      doc.on('update', (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        if (origin === LOAD_ORIGIN) return;
        if (origin === LOCAL_ORIGIN) {
          this.localUpdates.push({ doc: name, update });
          return;
        }
        const changed = this.changedEntities(name, doc, transaction);
        void this.queue.push(() => this.applyRemote(name, update, changed.refs, changed.fields));
      });
    }
    this.stopCapture = captureCommittedChanges(this.database.name, (changes) => {
      void this.queue.push(() => this.exportLocal(changes));
    });
  }

  /** The entities a remote transaction touched; their stamps also move this device's clock forward. */
  private changedEntities(name: string, doc: Y.Doc, transaction: Y.Transaction): ChangedEntities {
    const registers = registersOf(doc);
    const keys = [...transaction.changed].find(([type]) => Object.is(type, registers))?.[1] ?? new Set<string | null>();
    const refs = new Map<string, EntityRef>();
    const fields = new Map<string, Set<string>>();
    for (const key of keys) {
      if (key === null) continue;
      const parsed = parseRegisterKey(key);
      if (parsed === null) {
        this.report(`${name}: malformed register key skipped`);
        continue;
      }
      const decoded = decodeEntry(registers.get(key), parsed.device);
      if (decoded.ok) this.clock.observe(decoded.entry.at);
      const ref = { doc: name, kind: parsed.kind, entity: parsed.entity };
      refs.set(refKey(ref), ref);
      const changed = fields.get(refKey(ref)) ?? new Set<string>();
      changed.add(parsed.field);
      fields.set(refKey(ref), changed);
    }
    for (const key of richTextKeysChanged(doc, transaction)) {
      const text = parseRichTextKey(key);
      if (text === null) this.report(`${name}: malformed rich text key skipped`);
      else refs.set(refKey({ doc: name, ...text }), { doc: name, ...text });
    }
    return { refs: [...refs.values()], fields };
  }

  private remoteTables(): string[] {
    // A duplicate merge made on another device runs here as the app's merge, over its tables.
    return [...new Set([...SYNCED_TABLES, ...abstractTables(this.database).map((table) => table.name), ...MERGE_TABLES, 'syncUpdates', 'meta'])];
  }

  /** One remote update: its rows and the update itself in one Dexie transaction, so a crash keeps both or neither. */
  private async applyRemote(name: string, update: Uint8Array | null, refs: readonly EntityRef[], fields: ChangedFields | null): Promise<void> {
    let unblocking = false;
    // Loaded before the transaction: awaiting anything but Dexie inside it would end the transaction.
    const isWord = await this.wordTestFor(refs, fields);
    try {
      await this.database.transaction('rw', this.remoteTables(), async (tx) => {
        markRemoteTransaction(tx.idbtrans);
        const lookup = new UidLookup(this.database, (abstractUid) => this.mergedInto(abstractUid));
        const base = { database: this.database, lookup, report: this.report, now: Date.now(), isWord };
        const reapply = async (kind: EntityKind<Record<string, unknown>>, entity: string): Promise<boolean> => {
          const doc = this.homeDocument(kind.name, entity);
          if (doc === undefined || !knowsEntity(doc, kind, entity)) return false;
          const richText = (textKind: string, textEntity: string, plain: boolean): RichTextValue => this.readText(doc, textKind, textEntity, plain);
          await applyRemoteEntity({ ...base, doc, richText, fieldChanged: () => true, reapply: () => Promise.resolve(false) }, kind.name, entity);
          return true;
        };
        const context = { ...base, reapply };
        const results: [EntityRef, ApplyOutcome][] = [];
        for (const ref of refs) {
          const doc = this.documents.get(ref.doc);
          if (doc === undefined) continue;
          const richText = (kind: string, entity: string, plain: boolean): RichTextValue => this.readText(doc, kind, entity, plain);
          const changedHere = fields?.get(refKey(ref));
          const fieldChanged = (field: string): boolean => fields === null || changedHere?.has(field) === true;
          results.push([ref, await applyRemoteEntity({ ...context, doc, richText, fieldChanged }, ref.kind, ref.entity)]);
        }
        if (update !== null) await appendUpdates(this.database, [{ doc: name, update }]);
        const pending = new Map(this.pending);
        for (const [ref, outcome] of results) {
          if (outcome === 'pending') pending.set(refKey(ref), ref);
          else pending.delete(refKey(ref));
          if ((outcome === 'done' && UNBLOCKING_KINDS.has(ref.kind)) || outcome === 'unblocks') unblocking = true;
        }
        await savePendingEntities(this.database, [...pending.values()]);
        return pending;
      }).then((pending) => this.replacePending(pending));
    } catch (error) {
      // Nothing of it reached Dexie: the entities wait and are tried again with the next change.
      for (const ref of refs) this.pending.set(refKey(ref), ref);
      throw error;
    }
    if (update !== null && unblocking && this.pending.size > 0) await this.retryPending();
  }

  private replacePending(pending: ReadonlyMap<string, EntityRef>): void {
    this.pending.clear();
    for (const [key, ref] of pending) this.pending.set(key, ref);
  }

  private async retryPending(): Promise<void> {
    const waiting = [...this.pending.values()];
    if (waiting.length > 0) await this.applyRemote('', null, waiting, null);
  }

  /** The dictionary, loaded once, when an update carries an abstract's edited text; otherwise none is needed. */
  private async wordTestFor(refs: readonly EntityRef[], fields: ChangedFields | null): Promise<WordTest> {
    const carriesText = refs.some((ref) => ref.kind === ABSTRACT_KIND.name && (fields === null || fields.get(refKey(ref))?.has('text') === true));
    if (!carriesText) return NO_DICTIONARY;
    this.wordTest ??= this.loadWordTest();
    return this.wordTest;
  }

  private async exportLocal(changes: CommittedChanges): Promise<void> {
    const operations = await localOperations(this.database, changes, this.report);
    const byDoc = new Map<string, LocalOperation[]>();
    for (const operation of operations) {
      const kindName = operation.type === 'write' ? operation.entity.kind.name : operation.kind.name;
      const entity = operation.type === 'write' ? operation.entity.entity : operation.entity;
      const name = this.homeDocumentName(kindName, entity);
      byDoc.set(name, [...(byDoc.get(name) ?? []), operation]);
    }
    for (const [name, list] of byDoc) {
      const doc = this.documents.get(name);
      doc?.transact(() => {
        for (const operation of list) {
          // A value the rules refuse (checked before anything of it is written) skips that entity, not the batch.
          try {
            this.applyLocal(doc, operation);
          } catch (error) {
            this.report(`not synced: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }, LOCAL_ORIGIN);
    }
    await this.flushLocalUpdates();
    if (this.pending.size > 0 && [...changes.keys()].some((table) => REFERENCED_TABLES.has(table))) await this.retryPending();
  }

  private homeDocumentName(kindName: string, entity: string): string {
    const home = homeOf(kindName, entity);
    return documentName(home.kind === 'meta' ? { libraryId: this.libraryId, kind: 'meta' } : { libraryId: this.libraryId, kind: 'rows', shard: home.shard });
  }

  private homeDocument(kindName: string, entity: string): Y.Doc | undefined {
    return this.documents.get(this.homeDocumentName(kindName, entity));
  }

  /** The abstract a duplicate merge folded this one into, as the docs say (undefined when none did). */
  private mergedInto(abstractUid: string): string | undefined {
    const doc = this.homeDocument(ABSTRACT_KIND.name, abstractUid);
    return doc === undefined ? undefined : (readEntity(doc, ABSTRACT_KIND, abstractUid).values.mergedInto ?? undefined);
  }

  private readText(doc: Y.Doc, kind: string, entity: string, plain: boolean): RichTextValue {
    const text = richTextOf(doc, { kind, entity });
    return text === undefined ? { json: null, text: '' } : readRichText(text, this.richTextNodes, plain);
  }

  private applyLocal(doc: Y.Doc, operation: LocalOperation): void {
    if (operation.type === 'write') {
      const { kind, entity, fields, text } = operation.entity;
      // The text first: a note whose text cannot be synced (a node this replica does not know) is not sent half.
      if (text !== undefined) writeRichText(ensureRichText(doc, { kind: kind.name, entity }), text, this.richTextNodes);
      writeEntity(doc, kind, entity, fields, this.clock);
    } else if (operation.type === 'delete') deleteEntity(doc, operation.kind, operation.entity, this.clock);
    else writeEntityFields(doc, operation.kind, operation.entity, operation.fields, this.clock);
  }

  private async flushLocalUpdates(): Promise<void> {
    const rows = this.localUpdates.splice(0);
    if (rows.length > 0) await appendUpdates(this.database, rows);
  }
}
