import { useState, type ReactNode } from 'react';
import { useSyncSettings } from '../../db/settings/sync-settings';
import { Dialog } from '../../ui/Dialog';
import { SyncConnectForm } from './SyncConnectForm';
import { SyncStatusPanel } from './SyncStatusPanel';

/** Settings › Sync: set up, watch and stop syncing this library through the user's own server. */
export function SyncDialog({ onClose }: { onClose: () => void }): ReactNode {
  const settings = useSyncSettings();
  // Forgetting clears the form: a new key remounts it with empty fields.
  const [formKey, setFormKey] = useState(0);
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
          <SyncConnectForm key={formKey} settings={settings} />
          <SyncStatusPanel settings={settings} onForgotten={() => setFormKey((key) => key + 1)} />
        </div>
      )}
    </Dialog>
  );
}
