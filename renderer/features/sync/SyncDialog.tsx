import { useEffect, useRef, type ReactNode } from 'react';
import { useSyncSettings } from '../../db/settings/sync-settings';
import { Dialog } from '../../ui/Dialog';
import { SyncConnectForm } from './SyncConnectForm';
import { SyncStatusPanel } from './SyncStatusPanel';

/** Settings › Sync: set up, watch and stop syncing this library through the user's own server. */
export function SyncDialog({ onClose }: { onClose: () => void }): ReactNode {
  const settings = useSyncSettings();
  const firstField = useRef<HTMLInputElement>(null);
  const loaded = settings !== undefined;
  // Focus goes to the server address once the form shows, not again when it remounts. A microtask runs after the
  // Dialog's own effect has opened the <dialog> (see use-dialog-focus.ts).
  useEffect(() => {
    if (loaded) queueMicrotask(() => firstField.current?.focus());
  }, [loaded]);
  return (
    <Dialog
      title="Sync"
      subtitle="Through a server you run; nothing leaves this device until you connect."
      onClose={onClose}
      className="sync-dialog"
    >
      {settings === undefined ? (
        <p className="sync-loading">Loading…</p>
      ) : (
        <div className="sync-dialog-body">
          <SyncStatusPanel settings={settings} />
          {/* Setting up and forgetting remount the form, so its fields show what is saved. */}
          <SyncConnectForm
            key={settings === null ? 'not-set-up' : 'set-up'}
            settings={settings}
            firstFieldRef={firstField}
          />
        </div>
      )}
    </Dialog>
  );
}
