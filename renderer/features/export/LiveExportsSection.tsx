import type { ReactNode } from 'react';
import { exportFormat } from '../../../shared/export/formats';
import { removeLiveExport, useLiveExports, type LiveExport } from '../../db/settings/live-exports';
import { getHost } from '../../host';
import './export.css';

function writtenText(at: number | null): string {
  return at === null ? 'Not written yet' : `Last written ${new Date(at).toLocaleString()}`;
}

async function stop(entry: LiveExport): Promise<void> {
  // The setting goes even when main no longer knows the id: the file is then not kept updated anyway.
  await getHost()
    .liveExports?.stop(entry.id)
    .catch((error: unknown) => console.error('Lectern: the app could not stop the export.', error));
  await removeLiveExport(entry.id);
}

/** Settings › Kept updated: each file the desktop app rewrites on change, with Stop. */
export function LiveExportsSection(): ReactNode {
  const entries = useLiveExports();
  if (getHost().liveExports === null) return null;
  return (
    <section className="settings-section" aria-label="Kept updated">
      <h3 className="settings-heading">Kept updated</h3>
      {entries !== undefined && entries.length === 0 && (
        <p className="settings-hint">No export is kept updated. Choose Keep updated in the Export dialog.</p>
      )}
      <ul className="live-export-list">
        {entries?.map((entry) => (
          <li key={entry.id} className="live-export-item">
            <div className="live-export-text">
              <span>
                {exportFormat(entry.format).label} · {entry.scopeLabel}
              </span>
              <span className="live-export-path" title={entry.path}>
                {entry.path}
              </span>
              <span>{writtenText(entry.lastWrittenAt)}</span>
              {entry.error && <span className="live-export-error">{entry.error}</span>}
            </div>
            <button type="button" className="button button-small" aria-label={`Stop keeping ${entry.path} updated`} onClick={() => void stop(entry)}>
              Stop
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
