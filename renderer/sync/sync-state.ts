/** What Settings › Sync shows about the connection; the UI reads only this, never the provider or Yjs. */
export type SyncState =
  | { kind: 'offline' }
  | { kind: 'connecting' }
  /** Connected, with local changes the server has not yet acknowledged, or a first sync still running. */
  | { kind: 'syncing'; unsyncedChanges: number }
  | { kind: 'connected' };

export interface SeenDevice {
  id: string;
  name: string;
}

export interface ConnectionSnapshot {
  state: SyncState;
  /** When every document last stood synced with the server (ms since the epoch), or null. */
  lastSyncedAt: number | null;
  /** Why the connection stopped for good (a refused token, a refused message); null otherwise. */
  error: string | null;
  /** Other devices connected to the same library right now. */
  devices: readonly SeenDevice[];
}

export const OFFLINE: ConnectionSnapshot = {
  state: { kind: 'offline' },
  lastSyncedAt: null,
  error: null,
  devices: [],
};

export const TOKEN_REFUSED_MESSAGE = 'The server refused this library token.';

export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

/** The state from the socket's status and every document's progress. */
export function syncStateOf(
  socket: SocketStatus,
  documents: readonly { synced: boolean; unsyncedChanges: number }[],
): SyncState {
  if (socket === 'disconnected') return { kind: 'offline' };
  if (socket === 'connecting') return { kind: 'connecting' };
  const unsyncedChanges = documents.reduce((sum, document) => sum + document.unsyncedChanges, 0);
  const allSynced = documents.every((document) => document.synced);
  return allSynced && unsyncedChanges === 0 ? { kind: 'connected' } : { kind: 'syncing', unsyncedChanges };
}
