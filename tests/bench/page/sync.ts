import { liveQuery, type Subscription } from 'dexie';
import { db } from '../../../renderer/db/schema/database';
import { SyncReplica } from '../../../renderer/db/sync/sync-replica';
import { connectLibrary, type LibraryConnection } from '../../../renderer/sync/connection';
import { libraryIdForToken } from '../../../shared/sync/library-token';
import type { LayerCounts, SyncBenchApi } from '../sync-bench-api';
import { editTargets, makeEdit, seenAt, watchFor } from './sync-edits';
import { layerCounts, sameLayer, seedUserLayer, serialiseLayer } from './sync-layer';

/** How often the connection's state is read while the first device uploads (no database read). */
const POLL_MS = 50;

let device: { replica: SyncReplica; connection: LibraryConnection; startedAt: number } | null = null;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function connected(): NonNullable<typeof device> {
  if (device === null) throw new Error('Not connected.');
  return device;
}

/** The replica and the connection the app's sync controller makes on Connect, without the settings and status UI. */
async function connect(serverUrl: string, token: string, deviceName: string): Promise<void> {
  const startedAt = performance.now();
  const replica = await SyncReplica.open(db, libraryIdForToken(token));
  const connection = connectLibrary({ serverUrl, token, docs: replica.documents, device: { id: replica.deviceId, name: deviceName } });
  device = { replica, connection, startedAt };
}

async function until(done: () => boolean | Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await done())) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${what()}`);
    await pause(POLL_MS);
  }
}

async function whenUploaded(timeoutMs: number): Promise<number> {
  const { replica, connection, startedAt } = connected();
  // The replica's first export of the library has reached its documents; then the server acknowledges them.
  await replica.whenIdle();
  await until(() => connection.snapshot().state.kind === 'connected', timeoutMs, () => JSON.stringify(connection.snapshot()));
  return performance.now() - startedAt;
}

/**
 * Re-counts after every change to the database (a liveQuery, as the app's views read), so the counting never holds
 * up the bridge's writes with reads of its own in between.
 */
async function whenLayerHolds(expected: LayerCounts, timeoutMs: number): Promise<number> {
  const { startedAt } = connected();
  let last: LayerCounts | null = null;
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms: holds ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`)), timeoutMs);
      subscription = liveQuery(() => layerCounts()).subscribe({
        next: (counts) => {
          last = counts;
          if (sameLayer(counts, expected)) resolve(performance.now() - startedAt);
        },
        error: reject,
      });
    });
  } finally {
    clearTimeout(timer);
    (subscription as Subscription | null)?.unsubscribe();
  }
}

async function disconnect(): Promise<void> {
  const current = device;
  device = null;
  if (current === null) return;
  current.connection.disconnect();
  await current.replica.whenIdle();
  current.replica.close();
}

declare global {
  interface Window {
    lecternSyncBench?: SyncBenchApi;
  }
}

export function exposeSyncBench(): void {
  window.lecternSyncBench = { seedUserLayer, layerCounts, serialiseLayer, connect, whenUploaded, whenLayerHolds, editTargets, watchFor, seenAt, makeEdit, disconnect };
}
