import { useEffect } from 'react';
import { getHost } from '../../host';
import { deviceName } from '../../sync/device-name';
import { haltSync, resumeSavedSync, type SyncDependencies } from '../../sync/sync-launcher';

/** How this device calls itself to the others. */
export function syncDependencies(): SyncDependencies {
  const host = getHost();
  return { deviceName: deviceName(navigator.userAgent, host.kind === 'electron'), parseFiles: (files) => host.parseBytes(files) };
}

/** At launch, reconnects when sync was set up and left on; otherwise opens nothing. Mount once. */
export function useSavedSync(): void {
  useEffect(() => {
    void resumeSavedSync(syncDependencies());
    return () => void haltSync();
  }, []);
}
