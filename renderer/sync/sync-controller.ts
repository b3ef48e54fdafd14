// The app's one sync connection: started from the saved settings at launch or by Connect, stopped by Disconnect.
// Off by default: without saved, enabled settings nothing here opens a socket.

import { useSyncExternalStore } from 'react';
import { libraryIdForToken } from '../../shared/sync';
import {
  getSyncSettings,
  recordSyncProgress,
  type SyncSettings,
} from '../db/settings/sync-settings';
import type { LecternDB } from '../db/schema/database';
import { connectLibrary, type LibraryConnection } from './connection';
import type { WebSocketClass } from './guarded-websocket';
import { librarySyncDocs } from './library-docs';
import { OFFLINE, type ConnectionSnapshot } from './sync-state';

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
let snapshot: ConnectionSnapshot = OFFLINE;
let lastProgressWrite = 0;
const listeners = new Set<() => void>();

function publish(next: ConnectionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

function recordProgress(next: ConnectionSnapshot, dependencies: SyncDependencies, force: boolean): void {
  const at = Date.now();
  if (!force && at - lastProgressWrite < PROGRESS_WRITE_INTERVAL_MS) return;
  lastProgressWrite = at;
  void recordSyncProgress({ devices: next.devices, lastSyncedAt: next.lastSyncedAt, at }, dependencies.database);
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
    const next = { ...started.snapshot(), lastSyncedAt: started.snapshot().lastSyncedAt ?? settings.lastSyncedAt };
    const newDevice = next.devices.length > seenDevices;
    seenDevices = next.devices.length;
    publish(next);
    recordProgress(next, dependencies, newDevice);
  });
  publish({ ...started.snapshot(), lastSyncedAt: settings.lastSyncedAt });
}

/** Closes the connection, if any; the settings are the caller's to change. */
export function stopSync(): void {
  if (connection === null) return;
  const stopping = connection;
  connection = null;
  stopping.disconnect();
  unsubscribe?.();
  unsubscribe = null;
  publish({ ...stopping.snapshot(), lastSyncedAt: snapshot.lastSyncedAt });
}

/** At launch: connects only when sync was set up and left on. Returns whether it connected. */
export async function resumeSavedSync(dependencies: SyncDependencies = {}): Promise<boolean> {
  const settings = await getSyncSettings(dependencies.database);
  if (settings === null || !settings.enabled) {
    publish({ ...OFFLINE, lastSyncedAt: settings?.lastSyncedAt ?? null });
    return false;
  }
  startSync(settings, dependencies);
  return true;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSyncSnapshot(): ConnectionSnapshot {
  return snapshot;
}

/** The connection's state for Settings › Sync, live. */
export function useSyncSnapshot(): ConnectionSnapshot {
  return useSyncExternalStore(subscribe, currentSyncSnapshot);
}
