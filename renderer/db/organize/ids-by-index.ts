import { Dexie, type Transaction } from 'dexie';
import type { LecternDB } from '../schema/database';

/** The abstractKeys indexes the library list is sorted by. */
export type OrderIndex = 'createdAt' | 'sortTitle' | 'year';

/**
 * The ids of the abstracts in one index's order. Read through Dexie in a live query, every id an
 * index read returns is recorded, one insertion into a search tree each: for a library of 50,000
 * that held the page for 150 ms whenever the list was read again, as after every import. So,
 * outside a transaction, the ids come from IndexedDB itself, and a count of the same index makes
 * the live query watch it instead: a write that adds, changes or deletes an entry reruns the query.
 */
export async function idsByIndex(database: LecternDB, index: OrderIndex): Promise<number[]> {
  const keys = database.abstractKeys;
  const transaction: Transaction | null = Dexie.currentTransaction;
  if (transaction !== null) return keys.orderBy(index).primaryKeys();
  await keys.orderBy(index).count();
  try {
    return await indexPrimaryKeys(database.backendDB(), keys.name, index);
  } catch {
    // Closed meanwhile (another tab upgrading it, say): Dexie's read fails the way live queries expect.
    return keys.orderBy(index).primaryKeys();
  }
}

function indexPrimaryKeys(idb: IDBDatabase, store: string, index: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store, 'readonly').objectStore(store).index(index).getAllKeys();
    request.onsuccess = () => resolve(request.result.filter((key): key is number => typeof key === 'number'));
    request.onerror = () => reject(request.error ?? new Error(`The ${index} index of ${store} could not be read.`));
  });
}
