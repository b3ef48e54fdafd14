import { useEffect } from 'react';
import { getHost } from '../../host';
import { deviceName } from '../../sync/device-name';
import { haltSync, resumeSavedSync, type SyncDependencies } from '../../sync/sync-launcher';

/** How this device calls itself to the others. */
export function syncDependencies(): SyncDependencies {
  return { deviceName: deviceName(navigator.userAgent, getHost().kind === 'electron') };
}

/** At launch, reconnects when sync was set up and left on; otherwise opens nothing. Mount once. */
export function useSavedSync(): void {
  useEffect(() => {
    void resumeSavedSync(syncDependencies());
    return () => void haltSync();
  }, []);
}
