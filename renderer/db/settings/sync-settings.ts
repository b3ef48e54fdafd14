// This device's sync setup: which server, which library token, whether sync is on, and the devices it has seen.
// One JSON row in the meta table under a `device:` key, never `setting:`: it is this device's and holds the token,
// so it must never travel with the synced settings.

import { useLiveQuery } from 'dexie-react-hooks';
import { isLibraryToken, randomUid } from '../../../shared/sync';
import { db as appDb, type LecternDB } from '../schema/database';

export interface RememberedDevice {
  id: string;
  name: string;
  lastSeenAt: number;
}

export interface SyncSettings {
  /** A checked ws:// or wss:// address (renderer/sync/server-address.ts). */
  serverUrl: string;
  token: string;
  /** False after Disconnect: the address and token stay, no socket opens until Connect. */
  enabled: boolean;
  /** This device's id, announced to the others. */
  deviceId: string;
  devicesSeen: RememberedDevice[];
  lastSyncedAt: number | null;
}

const KEY = 'device:sync';

function isRememberedDevice(value: unknown): value is RememberedDevice {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row['id'] === 'string' && typeof row['name'] === 'string' && typeof row['lastSeenAt'] === 'number'
  );
}

function parse(stored: unknown): SyncSettings | null {
  if (typeof stored !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const row = value as Record<string, unknown>;
  const { serverUrl, token, enabled, deviceId, devicesSeen, lastSyncedAt } = row;
  if (typeof serverUrl !== 'string' || typeof token !== 'string' || !isLibraryToken(token)) return null;
  if (typeof enabled !== 'boolean' || typeof deviceId !== 'string') return null;
  return {
    serverUrl,
    token,
    enabled,
    deviceId,
    devicesSeen: Array.isArray(devicesSeen) ? devicesSeen.filter(isRememberedDevice) : [],
    lastSyncedAt: typeof lastSyncedAt === 'number' ? lastSyncedAt : null,
  };
}

/** This device's sync setup, or null when sync was never set up (or was forgotten): then nothing connects. */
export async function getSyncSettings(database: LecternDB = appDb): Promise<SyncSettings | null> {
  return parse((await database.meta.get(KEY))?.value);
}

function update(
  change: (current: SyncSettings | null) => SyncSettings | null,
  database: LecternDB,
): Promise<SyncSettings | null> {
  return database.transaction('rw', database.meta, async () => {
    const next = change(await getSyncSettings(database));
    if (next === null) await database.meta.delete(KEY);
    else await database.meta.put({ key: KEY, value: JSON.stringify(next) });
    return next;
  });
}

/** Saves a checked address and token and turns sync on; the device id and devices seen survive a change of server. */
export async function saveSyncConnection(
  connection: { serverUrl: string; token: string },
  database: LecternDB = appDb,
): Promise<SyncSettings> {
  if (!isLibraryToken(connection.token))
    throw new Error('A library token is 64 lowercase hexadecimal digits.');
  const saved = await update((current) => {
    const sameLibrary = current?.token === connection.token;
    return {
      serverUrl: connection.serverUrl,
      token: connection.token,
      enabled: true,
      deviceId: current?.deviceId ?? randomUid(),
      devicesSeen: sameLibrary ? current.devicesSeen : [],
      lastSyncedAt: sameLibrary ? current.lastSyncedAt : null,
    };
  }, database);
  if (saved === null) throw new Error('The sync settings could not be saved.');
  return saved;
}

export async function setSyncEnabled(enabled: boolean, database: LecternDB = appDb): Promise<void> {
  await update((current) => (current === null ? null : { ...current, enabled }), database);
}

/** Forget this library on this device: address, token and devices seen. The library stays on the server. */
export async function forgetSyncLibrary(database: LecternDB = appDb): Promise<void> {
  await update(() => null, database);
}

/** Remembers the devices seen now and when the library last stood synced. */
export async function recordSyncProgress(
  progress: { devices: readonly { id: string; name: string }[]; lastSyncedAt: number | null; at: number },
  database: LecternDB = appDb,
): Promise<void> {
  await update((current) => {
    if (current === null) return null;
    const byId = new Map(current.devicesSeen.map((device) => [device.id, device]));
    for (const device of progress.devices) byId.set(device.id, { ...device, lastSeenAt: progress.at });
    return {
      ...current,
      devicesSeen: [...byId.values()].sort((a, b) => b.lastSeenAt - a.lastSeenAt),
      lastSyncedAt: progress.lastSyncedAt ?? current.lastSyncedAt,
    };
  }, database);
}

/** The sync setup, live: undefined while loading, null when not set up. */
export function useSyncSettings(): SyncSettings | null | undefined {
  return useLiveQuery(() => getSyncSettings(), []);
}
