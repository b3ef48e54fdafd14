/**
 * What each invoke channel does in main, with Electron's dialog, shell and event delivery
 * passed in, so the routes run unchanged in tests against the real parse pool.
 */
import type { InvokeChannel } from '../shared/ipc';
import { listSeedFiles } from './files';
import type { EventSender } from './import-job';
import { runImportJob } from './import-job';
import type { InvokeHandler } from './ipc-handler';
import type { ParsePool } from './parse-pool';

export interface IpcRouteServices<E> {
  pool: ParsePool;
  seedsDir: string;
  /** The system file chooser for the window that asked; [] when cancelled. */
  chooseFiles: (event: E) => Promise<string[]>;
  openExternal: (url: string) => Promise<void>;
  /** Delivers events to the renderer that made the request. */
  replyTo: (event: E) => EventSender;
}

export type IpcRoutes<E> = { [K in InvokeChannel]: InvokeHandler<K, E> };

export function ipcRoutes<E>({
  pool,
  seedsDir,
  chooseFiles,
  openExternal,
  replyTo,
}: IpcRouteServices<E>): IpcRoutes<E> {
  return {
    'import:read-seeds': async (_none, event) =>
      runImportJob(pool, await listSeedFiles(seedsDir), replyTo(event)),
    'import:open-dialog': async (_none, event) =>
      runImportJob(pool, await chooseFiles(event), replyTo(event)),
    'import:read-paths': ({ paths }, event) => runImportJob(pool, paths, replyTo(event)),
    'shell:open-external': ({ url }) => openExternal(url),
  };
}
