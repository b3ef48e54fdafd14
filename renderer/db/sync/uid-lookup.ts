import { isUid } from '../../../shared/sync/uids';
import { isBuiltInLinkType } from '../links/link-types';
import type { LecternDB } from '../schema/database';

/** The tables whose rows have a numeric key and a uid, and that other synced rows point at. */
export type ReferencedTable = 'abstracts' | 'tags' | 'annotations' | 'notes' | 'lists' | 'reviews';

const MAX_MERGE_HOPS = 16;

interface Identified {
  id: number;
  uid: string;
}

function isIdentified(row: unknown): row is Identified {
  return typeof row === 'object' && row !== null && 'id' in row && 'uid' in row && typeof row.id === 'number' && typeof row.uid === 'string';
}

/**
 * Translates local numeric keys to uids and back, for one batch of work. Rows deleted in the batch being exported
 * are given up front (`remember`), since they are no longer in the database to be read.
 */
export class UidLookup {
  private readonly uids = new Map<string, string>();
  private readonly ids = new Map<string, number>();

  /**
   * `mergedInto` names the abstract a duplicate merge folded an abstract into (read from the synced docs), so a row
   * another device still points at the merged-away abstract lands on the survivor.
   */
  constructor(
    private readonly database: LecternDB,
    private readonly mergedInto: (abstractUid: string) => string | undefined = () => undefined,
  ) {}

  remember(table: ReferencedTable, row: unknown): void {
    if (!isIdentified(row)) return;
    this.uids.set(`${table}:${row.id}`, row.uid);
    this.ids.set(`${table}:${row.uid}`, row.id);
  }

  async uidOf(table: ReferencedTable, id: number): Promise<string | undefined> {
    const cached = this.uids.get(`${table}:${id}`);
    if (cached !== undefined) return cached;
    const row: unknown = await this.database.table(table).get(id);
    this.remember(table, row);
    return isIdentified(row) ? row.uid : undefined;
  }

  async nullableUidOf(table: ReferencedTable, id: number | null): Promise<string | null | undefined> {
    return id === null ? null : this.uidOf(table, id);
  }

  /** The local row with this uid, or, for an abstract merged away, of the abstract it was merged into. */
  async idOf(table: ReferencedTable, uid: string): Promise<number | undefined> {
    let target = uid;
    // A merge chain is short; the bound only keeps a malformed cycle from looping.
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop += 1) {
      const id = await this.exactIdOf(table, target);
      const next = id === undefined && table === 'abstracts' ? this.mergedInto(target) : undefined;
      if (next === undefined) return id;
      target = next;
    }
    return undefined;
  }

  /** The local row with exactly this uid (the oldest, when duplicates not merged yet share it). */
  async exactIdOf(table: ReferencedTable, uid: string): Promise<number | undefined> {
    const cached = this.ids.get(`${table}:${uid}`);
    if (cached !== undefined) return cached;
    // An abstract's uid is indexed in abstractKeys (same ids), keeping the index off the rows bulk status rewrites.
    const indexed = table === 'abstracts' ? 'abstractKeys' : table;
    const rows: unknown[] = await this.database.table(indexed).where('uid').equals(uid).toArray();
    const first = rows.filter(isIdentified).sort((a, b) => a.id - b.id)[0];
    if (first !== undefined) this.remember(table, first);
    return first?.id;
  }

  async nullableIdOf(table: ReferencedTable, uid: string | null): Promise<number | null | undefined> {
    return uid === null ? null : this.idOf(table, uid);
  }

  /** A link's type as it syncs: a built-in id as it is, a user type's uid (undefined when that type is gone). */
  async linkTypeUidOf(type: string): Promise<string | undefined> {
    if (isBuiltInLinkType(type)) return type;
    return (await this.database.linkTypes.get(type))?.uid;
  }

  /** The local id of a synced link type (a built-in id comes back as it is); undefined until that type is here. */
  async linkTypeIdOf(type: string): Promise<string | undefined> {
    if (!isUid(type)) return isBuiltInLinkType(type) ? type : undefined;
    return (await this.database.linkTypes.where('uid').equals(type).first())?.id;
  }

  /** Forgets a uid whose row was just deleted or added by the caller. */
  forget(table: ReferencedTable, uid: string): void {
    const id = this.ids.get(`${table}:${uid}`);
    this.ids.delete(`${table}:${uid}`);
    if (id !== undefined) this.uids.delete(`${table}:${id}`);
  }
}
