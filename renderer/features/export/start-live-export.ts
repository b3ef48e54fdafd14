import { observeLiveContent } from '../../db/export/live-content';
import { entryWriters } from '../../db/export/format-writers';
import { db as appDb, type LecternDB } from '../../db/schema/database';
import { markLiveExportFailed, markLiveExportWritten, type LiveExport } from '../../db/settings/live-exports';
import type { LiveExportHost } from '../../host/types';
import { createRewriteScheduler } from './rewrite-scheduler';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Keeps one export's file current: its text is recomputed on every change that affects it and
 * handed to main once changes settle. Returns the stop function.
 */
export function startLiveExport(entry: Pick<LiveExport, 'id' | 'format' | 'scope'>, host: LiveExportHost, database: LecternDB = appDb): () => void {
  const { id } = entry;
  const fail = (error: unknown): void => void markLiveExportFailed(id, messageOf(error), database);
  const scheduler = createRewriteScheduler({
    write: async (text) => {
      const at = await host.write(id, text);
      await markLiveExportWritten(id, at, database);
    },
    onError: fail,
  });
  const stop = observeLiveContent(entry.scope, entryWriters[entry.format], { next: (text) => scheduler.push(text), error: fail }, database);
  return () => {
    stop();
    scheduler.dispose();
  };
}
