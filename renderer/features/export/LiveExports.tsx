import { useEffect, type ReactNode } from 'react';
import { useLiveExports, type LiveExport } from '../../db/settings/live-exports';
import { getHost } from '../../host';
import type { LiveExportHost } from '../../host/types';
import { startLiveExport } from './start-live-export';

function Watcher({ entry, host }: { entry: LiveExport; host: LiveExportHost }): null {
  const { id, format } = entry;
  // By value: the settings row is read afresh after every write, and a new object must not restart the watch.
  const scopeKey = JSON.stringify(entry.scope);
  useEffect(() => startLiveExport({ id, format, scope: JSON.parse(scopeKey) as LiveExport['scope'] }, host), [host, id, format, scopeKey]);
  return null;
}

/** Keeps every kept-updated export's file current while the desktop app runs; renders nothing. */
export function LiveExports(): ReactNode {
  const host = getHost().liveExports;
  const entries = useLiveExports();
  if (host === null || entries === undefined) return null;
  return entries.map((entry) => <Watcher key={entry.id} entry={entry} host={host} />);
}
