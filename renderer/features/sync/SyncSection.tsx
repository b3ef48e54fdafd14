import { useId, useState, type ReactNode } from 'react';
import { useSyncSettings } from '../../db/settings/sync-settings';
import { useSyncSnapshot } from '../../sync/sync-status-store';
import { syncStatusText } from './status-text';
import { SyncDialog } from './SyncDialog';
import './sync.css';

/** Settings › Sync: one line on the state and the "Set up sync…" button that opens the Sync dialog. */
export function SyncSection(): ReactNode {
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const settings = useSyncSettings();
  const snapshot = useSyncSnapshot();
  const summary =
    settings === null || settings === undefined
      ? 'Off. Sync this library with your other devices through a server you run.'
      : settings.enabled
        ? syncStatusText(snapshot)
        : 'Off (disconnected). The server address and token are kept.';
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-heading">
        Sync
      </h3>
      <p className="settings-hint">{summary}</p>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Set up sync…
        </button>
      </div>
      {open && <SyncDialog onClose={() => setOpen(false)} />}
    </section>
  );
}
