// Starts and stops sync for the UI. Off by default: without saved, enabled settings nothing here loads the
// provider or opens a socket.

import { getSyncSettings, type SyncSettings } from '../db/settings/sync-settings';
import type { ReadFile } from '../host/types';
import { queueImportedFilesForSync } from './share-imports';
import type * as SyncController from './sync-controller';
import type { SyncDependencies } from './sync-controller';
import { publishSyncSnapshot } from './sync-status-store';
import { OFFLINE } from './sync-state';

export type { SyncDependencies };

let controller: Promise<typeof SyncController> | null = null;

function loadController(): Promise<typeof SyncController> {
  return (controller ??= import('./sync-controller'));
}

/** Connects with these settings (just saved by Connect), replacing any running connection. */
export async function launchSync(settings: SyncSettings, dependencies: SyncDependencies = {}): Promise<void> {
  await (await loadController()).startSync(settings, dependencies);
}

/** Closes the connection, if one was ever started. */
export async function haltSync(): Promise<void> {
  if (controller === null) return;
  (await controller).stopSync();
}

/** After Forget this library: no connection, and nothing left of the forgotten library's state. */
export async function haltSyncAndClearState(dependencies: SyncDependencies = {}): Promise<void> {
  await (await loadController()).forgetSync(dependencies.database);
  publishSyncSnapshot(OFFLINE);
}

/** At launch: connects only when sync was set up and left on. Returns whether it connected. */
export async function resumeSavedSync(dependencies: SyncDependencies = {}): Promise<boolean> {
  const settings = await getSyncSettings(dependencies.database);
  if (settings === null || !settings.enabled) {
    publishSyncSnapshot({ ...OFFLINE, lastSyncedAt: settings?.lastSyncedAt ?? null });
    return false;
  }
  await launchSync(settings, dependencies);
  return true;
}

/** After a user's import: with sync set up, the files go out to the library (now if connected, else on Connect). */
export async function shareImportedFiles(files: readonly ReadFile[], dependencies: SyncDependencies = {}): Promise<void> {
  const queued = await queueImportedFilesForSync(files, dependencies.database);
  if (queued > 0 && controller !== null) (await controller).kickBlobSync();
}
