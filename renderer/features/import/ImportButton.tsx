import type { ReactNode } from 'react';
import { getHost } from '../../host';
import { useImport } from './import-context';

/** Opens the host's file chooser and imports what the user picks. */
export function ImportButton(): ReactNode {
  const { importFrom } = useImport();
  return (
    <button
      type="button"
      className="button button-primary"
      aria-keyshortcuts="Control+O"
      title="Import capture files (Ctrl+O)"
      onClick={() => void importFrom((onProgress) => getHost().pickAndReadFiles(onProgress))}
    >
      Import…
    </button>
  );
}
