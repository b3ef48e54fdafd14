import { useMemo, useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useCommands } from '../../ui/command-registry';
import { ThemeSelect } from './ThemeSelect';
import { setSetting } from '../../db/settings/settings';
import { useSettings } from '../../db/organize/hooks';
import { LibrarySettings } from '../maintenance';
import { BackupSection } from '../backup';
import { LiveExportsSection } from '../export';
import { SyncSection } from '../sync';
import './settings.css';

function SettingsForm(): ReactNode {
  const settings = useSettings();
  // The box follows the click at once; the stored setting catches up a moment later.
  const [markReading, setMarkReading] = useState<boolean | null>(null);
  const checked = markReading ?? settings?.markReadingOnOpen ?? false;
  return (
    <div className="settings-form">
      <label className="settings-check">
        <input
          type="checkbox"
          checked={checked}
          disabled={settings === undefined}
          onChange={(event) => {
            setMarkReading(event.target.checked);
            void setSetting('markReadingOnOpen', event.target.checked);
          }}
        />
        Mark as Reading when opened
      </label>
      <p className="settings-hint">Opening an unread abstract then sets its status to Reading.</p>
      <ThemeSelect />
    </div>
  );
}

/** The "Settings" button and its dialog. */
export function SettingsButton(): ReactNode {
  const [open, setOpen] = useState(false);
  useCommands(useMemo(() => [{ id: 'settings.open', title: 'Open settings', keywords: 'preferences options', run: () => setOpen(true) }], []));
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Settings
      </button>
      {open && (
        <Dialog title="Settings" onClose={() => setOpen(false)} className="settings-dialog">
          <SettingsForm />
          <BackupSection />
          <LiveExportsSection />
          <SyncSection />
          <LibrarySettings />
        </Dialog>
      )}
    </>
  );
}
