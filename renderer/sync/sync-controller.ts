// The app's one sync connection. Loaded on demand (sync-launcher.ts), so Yjs and the provider stay out of the
// start-up bundle of a device that never syncs.

import { libraryIdForToken } from '../../shared/sync';
import { recordSyncProgress, type SyncSettings } from '../db/settings/sync-settings';
import type { LecternDB } from '../db/schema/database';
import { connectLibrary, type LibraryConnection } from './connection';
import type { WebSocketClass } from './guarded-websocket';
import { librarySyncDocs } from './library-docs';
import { currentSyncSnapshot, publishSyncSnapshot } from './sync-status-store';
import type { ConnectionSnapshot } from './sync-state';

export interface SyncDependencies {
  database?: LecternDB;
  WebSocketPolyfill?: WebSocketClass;
  /** How this device is named to the others. */
  deviceName?: string;
}

/** Devices and the last synced time are written down at most this often, not on every sync message. */
const PROGRESS_WRITE_INTERVAL_MS = 30_000;

let connection: LibraryConnection | null = null;
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

/** Connects to the settings' server with their token, replacing any running connection. */
export function startSync(settings: SyncSettings, dependencies: SyncDependencies = {}): void {
  stopSync();
  const started = connectLibrary({
    serverUrl: settings.serverUrl,
    token: settings.token,
    docs: librarySyncDocs(libraryIdForToken(settings.token)),
    device: { id: settings.deviceId, name: dependencies.deviceName ?? 'Lectern' },
    WebSocketPolyfill: dependencies.WebSocketPolyfill,
  });
  connection = started;
  let seenDevices = 0;
  unsubscribe = started.subscribe(() => {
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

/** Closes the connection, if any; the settings are the caller's to change. */
export function stopSync(): void {
  if (connection === null) return;
  const stopping = connection;
  connection = null;
  stopping.disconnect();
  unsubscribe?.();
  unsubscribe = null;
  publishSyncSnapshot({ ...stopping.snapshot(), lastSyncedAt: currentSyncSnapshot().lastSyncedAt });
}
