// The sync connection's state as the UI sees it. Kept apart from the controller, so the UI can read it without
// loading Yjs and the Hocuspocus provider: they load only once sync is set up.

import { useSyncExternalStore } from 'react';
import { OFFLINE, type ConnectionSnapshot } from './sync-state';

let snapshot: ConnectionSnapshot = OFFLINE;
const listeners = new Set<() => void>();

export function publishSyncSnapshot(next: ConnectionSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
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
