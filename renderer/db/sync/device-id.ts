import { randomUid } from '../../../shared/sync/uids';
import type { LecternDB } from '../schema/database';

const DEVICE_ID_KEY = 'sync.deviceId';

/** This library copy's device id for the hybrid clock: made once, kept in the meta table (restores keep it too). */
export async function deviceIdOf(database: LecternDB): Promise<string> {
  return database.transaction('rw', database.meta, async () => {
    const stored = (await database.meta.get(DEVICE_ID_KEY))?.value;
    if (typeof stored === 'string') return stored;
    const made = randomUid();
    await database.meta.put({ key: DEVICE_ID_KEY, value: made });
    return made;
  });
}

/** The next replica opened makes a new id (after "forget", or for a library restored from another machine's backup). */
export async function forgetDeviceId(database: LecternDB): Promise<void> {
  await database.meta.delete(DEVICE_ID_KEY);
}
