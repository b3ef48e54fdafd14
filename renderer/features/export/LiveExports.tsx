import { useEffect, type ReactNode } from 'react';
import { observeLiveContent } from '../../db/export/live-content';
import { entryWriters } from '../../db/export/format-writers';
import { markLiveExportFailed, markLiveExportWritten, useLiveExports, type LiveExport } from '../../db/settings/live-exports';
import { getHost } from '../../host';
import type { LiveExportHost } from '../../host/types';
import { createRewriteScheduler } from './rewrite-scheduler';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function Watcher({ entry, host }: { entry: LiveExport; host: LiveExportHost }): null {
  const { id, format } = entry;
  const scopeKey = JSON.stringify(entry.scope);
  useEffect(() => {
    const scheduler = createRewriteScheduler({
      write: async (text) => {
        const at = await host.write(id, text);
        await markLiveExportWritten(id, at);
      },
      onError: (error) => void markLiveExportFailed(id, messageOf(error)),
    });
    const stop = observeLiveContent(JSON.parse(scopeKey) as LiveExport['scope'], entryWriters[format], {
      next: (text) => scheduler.push(text),
      error: (error) => void markLiveExportFailed(id, messageOf(error)),
    });
    return () => {
      stop();
      scheduler.dispose();
    };
  }, [host, id, format, scopeKey]);
  return null;
}

/** Keeps every kept-updated export's file current while the desktop app runs; renders nothing. */
export function LiveExports(): ReactNode {
  const host = getHost().liveExports;
  const entries = useLiveExports();
  if (host === null || entries === undefined) return null;
  return entries.map((entry) => <Watcher key={entry.id} entry={entry} host={host} />);
}
