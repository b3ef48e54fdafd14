import type { LecternDB } from '../schema/database';
import { forgetDeviceId } from './device-id';
import { savePendingEntities } from './pending-entities';

/**
 * Drops this device's replica of the library (stored updates, waiting entities, device id) in one transaction, for
 * "disconnect and forget": the rows stay, and a later connection starts a fresh replica under a new device id.
 * Close the SyncReplica first.
 */
export async function forgetSyncState(database: LecternDB): Promise<void> {
  await database.transaction('rw', database.syncUpdates, database.meta, async () => {
    await database.syncUpdates.clear();
    await savePendingEntities(database, []);
    await forgetDeviceId(database);
  });
}
