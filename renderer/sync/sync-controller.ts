// The app's one sync connection. Loaded on demand (sync-launcher.ts), so Yjs and the provider stay out of the
// start-up bundle of a device that never syncs.

import { libraryIdForToken } from '../../shared/sync';
import { recordSyncProgress, type SyncSettings } from '../db/settings/sync-settings';
import { db as appDb, type LecternDB } from '../db/schema/database';
import { SyncReplica } from '../db/sync/sync-replica';
import { forgetSyncState } from '../db/sync/forget';
import type { ImportedFile } from '../../shared/import/types';
import type { RawFile } from '../host/parse-messages';
import { BlobSync } from './blob-sync';
import { connectLibrary, type LibraryConnection } from './connection';
import { parseServerAddress } from './server-address';
import type { WebSocketClass } from './guarded-websocket';
import { currentSyncSnapshot, publishSyncSnapshot } from './sync-status-store';
import type { ConnectionSnapshot } from './sync-state';
import { EDITOR_NODES } from '../editor/nodes';

export interface SyncDependencies {
  database?: LecternDB;
  WebSocketPolyfill?: WebSocketClass;
  /** How this device is named to the others. */
  deviceName?: string;
  /** The host's parser for files other devices shared; without it, files are not exchanged. */
  parseFiles?: (files: RawFile[]) => Promise<ImportedFile[]>;
}

/** Devices and the last synced time are written down at most this often, not on every sync message. */
const PROGRESS_WRITE_INTERVAL_MS = 30_000;

let connection: LibraryConnection | null = null;
let blobSync: BlobSync | null = null;
/**
 * The library's replica stays open while sync is set up, connected or not, so edits made offline or while
 * disconnected are captured into its documents and go out on the next connection.
 */
let replica: Promise<SyncReplica> | null = null;
let replicaKey = '';
let unsubscribe: (() => void) | null = null;
let lastProgressWrite = 0;

function recordProgress(next: ConnectionSnapshot, dependencies: SyncDependencies, force: boolean): void {
  const at = Date.now();
  if (!force && at - lastProgressWrite < PROGRESS_WRITE_INTERVAL_MS) return;
  lastProgressWrite = at;
  void recordSyncProgress(
    { devices: next.devices, lastSyncedAt: next.lastSyncedAt, at },
    dependencies.database,
  );
}

function replicaOf(database: LecternDB, libraryId: string): Promise<SyncReplica> {
  const key = `${database.name}\u0000${libraryId}`;
  if (replica !== null && replicaKey === key) return replica;
  void closeReplica();
  replicaKey = key;
  const opening = SyncReplica.open(database, libraryId, { richTextNodes: EDITOR_NODES });
  replica = opening;
  opening.catch(() => {
    if (replica === opening) replica = null;
  });
  return opening;
}

async function closeReplica(): Promise<void> {
  const closing = replica;
  replica = null;
  replicaKey = '';
  if (closing === null) return;
  const open = await closing.catch(() => null);
  if (open === null) return;
  await open.whenIdle();
  open.close();
}

/** Connects to the settings' server with their token, replacing any running connection. */
export async function startSync(settings: SyncSettings, dependencies: SyncDependencies = {}): Promise<void> {
  stopSync();
  const database = dependencies.database ?? appDb;
  const opened = await replicaOf(database, libraryIdForToken(settings.token));
  const { documents } = opened;
  const started = connectLibrary({
    serverUrl: settings.serverUrl,
    token: settings.token,
    docs: documents,
    device: { id: settings.deviceId, name: dependencies.deviceName ?? 'Lectern' },
    WebSocketPolyfill: dependencies.WebSocketPolyfill,
  });
  connection = started;
  let seenDevices = 0;
  let wasConnected = false;
  blobSync = startBlobSync(settings, database, opened, dependencies, () => wasConnected);
  unsubscribe = started.subscribe(() => {
    const connected = started.snapshot().state.kind !== 'offline' && started.snapshot().state.kind !== 'connecting';
    // Files that waited while offline go out (and come in) as soon as the server is back.
    const becameConnected = connected && !wasConnected;
    wasConnected = connected;
    if (becameConnected) blobSync?.kick();
    const next = {
      ...started.snapshot(),
      lastSyncedAt: started.snapshot().lastSyncedAt ?? settings.lastSyncedAt,
    };
    const newDevice = next.devices.length > seenDevices;
    seenDevices = next.devices.length;
    publishSyncSnapshot(next);
    recordProgress(next, dependencies, newDevice);
  });
  publishSyncSnapshot({ ...started.snapshot(), lastSyncedAt: settings.lastSyncedAt });
}

function startBlobSync(
  settings: SyncSettings,
  database: LecternDB,
  opened: SyncReplica,
  dependencies: SyncDependencies,
  canTransfer: () => boolean,
): BlobSync | null {
  const address = parseServerAddress(settings.serverUrl);
  if (!address.ok || dependencies.parseFiles === undefined) return null;
  return new BlobSync({
    database,
    replica: opened,
    server: { httpUrl: address.address.httpUrl, token: settings.token },
    parseFiles: dependencies.parseFiles,
    canTransfer,
  });
}

/** A new import waits in the outbox: send it now if connected. */
export function kickBlobSync(): void {
  blobSync?.kick();
}

/** Closes the connection, if any; the settings are the caller's to change. */
export function stopSync(): void {
  blobSync?.stop();
  blobSync = null;
  if (connection === null) return;
  const stopping = connection;
  connection = null;
  stopping.disconnect();
  unsubscribe?.();
  unsubscribe = null;
  publishSyncSnapshot({ ...stopping.snapshot(), lastSyncedAt: currentSyncSnapshot().lastSyncedAt });
}

/** Forget this library: no connection, the replica closed, and its stored state (updates, device id) dropped; rows stay. */
export async function forgetSync(database: LecternDB = appDb): Promise<void> {
  stopSync();
  await closeReplica();
  await forgetSyncState(database);
}
