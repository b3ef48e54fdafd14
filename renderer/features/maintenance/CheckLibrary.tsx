// The maintenance feature owns Check library: its palette command, its Settings section and its dialog.

import { useId, useMemo, type ReactNode } from 'react';
import './maintenance.css';
import { useCommands } from '../../ui/command-registry';
import { closeCheckLibrary, openCheckLibrary, useCheckLibraryOpen } from './check-library-store';
import { CheckLibraryDialog } from './CheckLibraryDialog';

/** The "Check library…" command and its dialog; mount it once. `beforeRepair` takes the snapshot a repair starts with. */
export function CheckLibrary({ beforeRepair }: { beforeRepair?: () => Promise<void> }): ReactNode {
  const open = useCheckLibraryOpen();
  useCommands(useMemo(() => [{ id: 'library.check', title: 'Check library…', keywords: 'repair orphans consistency maintenance', run: openCheckLibrary }], []));
  return open ? <CheckLibraryDialog beforeRepair={beforeRepair} onClose={closeCheckLibrary} /> : null;
}

/** Settings › Library: the button that opens Check library. */
export function LibrarySettings(): ReactNode {
  const titleId = useId();
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-heading">
        Library
      </h3>
      <p className="settings-hint">Finds and repairs what a bug or a crash left behind.</p>
      <div className="settings-actions">
        <button type="button" className="button" onClick={openCheckLibrary}>
          Check library…
        </button>
      </div>
    </section>
  );
}
