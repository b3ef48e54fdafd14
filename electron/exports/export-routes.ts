/** What the export channels do in main, with the Save dialogs passed in so tests run them on real folders. */
import type { InvokeHandler } from '../ipc-handler';
import { writeFileAtomic, writeFolderAtomic } from './atomic-write';
import type { LiveTargets } from './live-targets';

export type ExportChannel = 'export:save-file' | 'export:save-folder' | 'export:choose-live' | 'export:write-live' | 'export:stop-live';

export interface ExportRouteServices<E> {
  /** The system Save dialog offering `suggestedName`; null when cancelled. */
  chooseExportPath: (event: E, suggestedName: string, kind: 'file' | 'folder') => Promise<string | null>;
  liveTargets: LiveTargets;
  now?: () => number;
}

export function exportRoutes<E>({ chooseExportPath, liveTargets, now = Date.now }: ExportRouteServices<E>): {
  [K in ExportChannel]: InvokeHandler<K, E>;
} {
  return {
    'export:save-file': async ({ suggestedName, content }, event) => {
      const path = await chooseExportPath(event, suggestedName, 'file');
      if (path === null) return { saved: false };
      await writeFileAtomic(path, content);
      return { saved: true, path };
    },
    'export:save-folder': async ({ suggestedName, files }, event) => {
      const path = await chooseExportPath(event, suggestedName, 'folder');
      if (path === null) return { saved: false };
      await writeFolderAtomic(path, files);
      return { saved: true, path };
    },
    'export:choose-live': async ({ suggestedName }, event) => {
      const path = await chooseExportPath(event, suggestedName, 'file');
      return path === null ? null : liveTargets.add(path);
    },
    'export:write-live': async ({ id, content }) => {
      const path = await liveTargets.pathOf(id);
      if (path === null) throw new Error('This export is no longer kept updated; choose its file again.');
      await writeFileAtomic(path, content);
      return now();
    },
    'export:stop-live': ({ id }) => liveTargets.remove(id),
  };
}
