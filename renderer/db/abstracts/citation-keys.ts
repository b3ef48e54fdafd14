import { defaultCitationKey, uniqueKey, type KeySource } from '../../../shared/citekeys';
import type { LecternDB } from '../schema/database';

/** What a key is chosen from: the abstract's own key, if it has one, else its default key. */
export type KeyedSource = KeySource & { citationKey: string | null };

/**
 * The citation keys of one write transaction. Uniqueness is enforced here rather than by a unique
 * index: IndexedDB aborts a whole upgrade (or a whole import) on one duplicate, a merge briefly
 * holds two rows with one key, and an undo must put a key back. Every path that sets a key reads
 * the `citationKey` index inside its own transaction, through this class or keyUsers.
 */
export class CitationKeys {
  private constructor(private readonly taken: Set<string>) {}

  /** The keys in the library, read with one walk of the index (not one query per row). */
  static async read(database: LecternDB): Promise<CitationKeys> {
    const keys = await database.abstractKeys.orderBy('citationKey').uniqueKeys();
    return new CitationKeys(new Set(keys.filter((key): key is string => typeof key === 'string')));
  }

  /** Keys already claimed; for a batch computed in memory. */
  static of(taken: Iterable<string>): CitationKeys {
    return new CitationKeys(new Set(taken));
  }

  has(key: string): boolean {
    return this.taken.has(key);
  }

  /**
   * A free key for a new abstract, claimed: its own key (an imported entry's) if free, else that key
   * with a suffix; without one, its default key, made unique the same way.
   */
  claim(source: KeyedSource): string {
    const key = uniqueKey(source.citationKey ?? defaultCitationKey(source), (candidate) => this.taken.has(candidate));
    this.taken.add(key);
    return key;
  }
}

/** The ids of the abstracts whose key is `key` (an edit refuses a key another abstract has). */
export function keyUsers(key: string, database: LecternDB): Promise<number[]> {
  return database.abstractKeys.where('citationKey').equals(key).primaryKeys();
}

/**
 * The default key of `source`, unique among every abstract but `ownId`: one query reads every key
 * that starts with the default, which holds all its suffixed forms.
 */
export async function freeDefaultKey(source: KeySource, ownId: number, database: LecternDB): Promise<string> {
  const base = defaultCitationKey(source);
  const others = new Set<string>();
  await database.abstractKeys
    .where('citationKey')
    .startsWith(base)
    .each((row) => {
      if (row.id !== ownId && row.citationKey !== null) others.add(row.citationKey);
    });
  return uniqueKey(base, (candidate) => others.has(candidate));
}
