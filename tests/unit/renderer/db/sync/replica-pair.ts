import * as Y from 'yjs';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { LOCAL_ORIGIN, SyncReplica } from '../../../../../renderer/db/sync/sync-replica';
import { freshDatabase } from '../fixtures';
import { seedAbstracts } from '../organize-fixtures';
import { EDITOR_NODES } from '../../../../../renderer/editor/nodes';

export const LIBRARY_ID = '0123456789abcdef0123456789abcdef';
const NETWORK_ORIGIN = 'test-network';

export interface SentUpdate {
  doc: string;
  update: Uint8Array;
}

/** One device: its own database (same seed abstracts as the other), its replica, and what it has sent but not yet delivered. */
export interface TestDevice {
  database: LecternDB;
  replica: SyncReplica;
  abstractIds: number[];
  outbox: SentUpdate[];
  /** Everything it ever sent, to deliver again (duplicates must change nothing). */
  sent: SentUpdate[];
  problems: string[];
}

export const SEED_COUNT = 4;

export async function openDevice(database: LecternDB = freshDatabase()): Promise<TestDevice> {
  const abstractIds = await seedAbstracts(database, SEED_COUNT);
  const problems: string[] = [];
  const replica = await SyncReplica.open(database, LIBRARY_ID, { report: (problem) => problems.push(problem), richTextNodes: EDITOR_NODES });
  const device: TestDevice = { database, replica, abstractIds, outbox: [], sent: [], problems };
  for (const [doc, yDoc] of replica.documents) {
    yDoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_ORIGIN) return;
      device.outbox.push({ doc, update });
      device.sent.push({ doc, update });
    });
  }
  return device;
}

/** Applies updates to a device's docs as the network would, then waits until its bridge has written them to Dexie. */
export async function receive(device: TestDevice, updates: readonly SentUpdate[]): Promise<void> {
  for (const { doc, update } of updates) {
    const target = device.replica.documents.get(doc);
    if (target === undefined) throw new Error(`no doc ${doc}`);
    Y.applyUpdate(target, update, NETWORK_ORIGIN);
  }
  await device.replica.whenIdle();
}

/** Delivers the outbox entries at `picks` (indices modulo its length, in that order) from one device to the other. */
export async function deliverSome(from: TestDevice, to: TestDevice, picks: readonly number[]): Promise<void> {
  const chosen: SentUpdate[] = [];
  for (const pick of picks) {
    if (from.outbox.length === 0) break;
    const [update] = from.outbox.splice(pick % from.outbox.length, 1);
    if (update !== undefined) chosen.push(update);
  }
  await receive(to, chosen);
}

/** Both ways until nothing is left to send: the end of an offline period. */
export async function deliverAll(a: TestDevice, b: TestDevice): Promise<void> {
  while (a.outbox.length > 0 || b.outbox.length > 0) {
    await a.replica.whenIdle();
    await b.replica.whenIdle();
    await receive(b, a.outbox.splice(0));
    await receive(a, b.outbox.splice(0));
  }
}
