import { liveQuery, type Subscription } from 'dexie';
import { db } from '../../../renderer/db/schema/database';
import { setStatus } from '../../../renderer/db/organize/reading-status';
import { addTag } from '../../../renderer/db/tags/tags';
import type { EditTarget, SyncEdit } from '../sync-bench-api';

/** Wall-clock time with sub-millisecond steps; comparable between the two devices' browser processes on one machine. */
export const wallClockNow = (): number => performance.timeOrigin + performance.now();

async function localIdOf(abstractUid: string): Promise<number> {
  const id = await db.abstractKeys.where('uid').equals(abstractUid).primaryKeys();
  const first = id[0];
  if (first === undefined) throw new Error(`No abstract ${abstractUid} on this device.`);
  return Number(first);
}

/** Every `count`-th abstract of the library, so the edits land in different row shards. */
export async function editTargets(count: number): Promise<EditTarget[]> {
  const ids = await db.abstracts.toCollection().primaryKeys();
  const step = Math.max(1, Math.floor(ids.length / count));
  const chosen = ids.filter((_, index) => index % step === 0).slice(0, count);
  const rows = await db.abstracts.bulkGet(chosen);
  return rows.filter((row) => row !== undefined).map((row) => ({ abstractUid: row.uid, status: row.status }));
}

export async function makeEdit(edit: SyncEdit): Promise<number> {
  const id = await localIdOf(edit.abstractUid);
  if (edit.kind === 'status') await setStatus(id, edit.status, db);
  else await addTag(id, edit.tagPath, db);
  return wallClockNow();
}

let watching: { seen: Promise<number>; subscription: Subscription } | null = null;

/** Whether this device's Dexie shows `edit`, read the way the app's views read (a liveQuery). */
async function shows(edit: SyncEdit, id: number): Promise<boolean> {
  if (edit.kind === 'status') return (await db.abstracts.get(id))?.status === edit.status;
  const tag = await db.tags.where('path').equals(edit.tagPath).first();
  return tag !== undefined && (await db.abstractTags.get([id, tag.id])) !== undefined;
}

export async function watchFor(edit: SyncEdit): Promise<void> {
  const id = await localIdOf(edit.abstractUid);
  let resolveSeen: (at: number) => void = () => undefined;
  let rejectSeen: (error: unknown) => void = () => undefined;
  const seen = new Promise<number>((resolve, reject) => {
    resolveSeen = resolve;
    rejectSeen = reject;
  });
  const subscription = liveQuery(() => shows(edit, id)).subscribe({
    next: (shown) => {
      if (shown) resolveSeen(wallClockNow());
    },
    error: rejectSeen,
  });
  watching = { seen, subscription };
}

export async function seenAt(timeoutMs: number): Promise<number> {
  const current = watching;
  if (current === null) throw new Error('Nothing is being watched.');
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`The edit did not show within ${timeoutMs} ms.`)), timeoutMs));
  try {
    return await Promise.race([current.seen, timeout]);
  } finally {
    current.subscription.unsubscribe();
    watching = null;
  }
}
