import type { ConnectionSnapshot } from '../../sync/sync-state';

export function timeText(at: number): string {
  return new Date(at).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** The status line of Settings › Sync: "Connected", "Syncing 3 changes", "Offline. Last synced …". */
export function syncStatusText(
  snapshot: ConnectionSnapshot,
  formatTime: (at: number) => string = timeText,
): string {
  const { state, lastSyncedAt } = snapshot;
  switch (state.kind) {
    case 'connected':
      return 'Connected';
    case 'syncing':
      if (state.unsyncedChanges === 0) return 'Syncing…';
      return `Syncing ${state.unsyncedChanges} change${state.unsyncedChanges === 1 ? '' : 's'}`;
    case 'connecting':
      return 'Connecting…';
    case 'offline':
      return lastSyncedAt === null ? 'Offline' : `Offline. Last synced ${formatTime(lastSyncedAt)}`;
  }
}
