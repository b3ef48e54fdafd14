/**
 * What each invoke channel does in main, with Electron's dialog, shell and event delivery
 * passed in, so the routes run unchanged in tests against the real parse pool.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportJob, InvokeChannel } from '../shared/ipc';
import { importFailure } from '../shared/ipc/import-failure';
import { listSeedFiles } from './files';
import type { EventSender } from './import-job';
import { runImportJob } from './import-job';
import { createJobFiles } from './job-files';
import type { InvokeHandler } from './ipc-handler';
import type { ParsePool } from './parse-pool';
import type { PathGrants } from './path-grants';
import { saveBackupFile } from './snapshots/backup-file';
import { exportRoutes, type ExportRouteServices } from './exports/export-routes';
import type { SnapshotFolder } from './snapshots/folder';

export interface IpcRouteServices<E> {
  pool: ParsePool;
  seedsDir: string;
  /** The files main may read for each window: chosen in the dialog or dropped. */
  grants: PathGrants;
  /** Which window asked; grants are kept per window. */
  senderId: (event: E) => number;
  /** The system file chooser for the window that asked; [] when cancelled. */
  chooseFiles: (event: E) => Promise<string[]>;
  openExternal: (url: string) => Promise<void>;
  /** Delivers events to the renderer that made the request. */
  replyTo: (event: E) => EventSender;
  /** The snapshot folder in the user-data folder. */
  snapshots: SnapshotFolder;
  /** The system Save dialog for the window that asked, offering `suggestedName`; null when cancelled. */
  chooseSavePath: (event: E, suggestedName: string) => Promise<string | null>;
  /** The renderer is done with an automatic snapshot main asked for. */
  snapshotSettled: (requestId: string) => void;
  /** The Save dialog for exports and the files kept updated. */
  exports: ExportRouteServices<E>;
}

export type IpcRoutes<E> = { [K in InvokeChannel]: InvokeHandler<K, E> };

export function ipcRoutes<E>({
  pool,
  seedsDir,
  grants,
  senderId,
  chooseFiles,
  openExternal,
  replyTo,
  snapshots,
  chooseSavePath,
  snapshotSettled,
  exports,
}: IpcRouteServices<E>): IpcRoutes<E> {
  const jobFiles = createJobFiles();

  /** Reads the granted paths, using each grant up; the rest come back as per-file refusals, in order. */
  async function readGranted(paths: readonly string[], event: E): Promise<ImportJob> {
    const scope = senderId(event);
    const sources = await Promise.all(
      paths.map(async (path) => {
        const use = await grants.take(scope, path);
        return use.ok ? path : importFailure(basename(path), use.reason);
      }),
    );
    const jobId = randomUUID();
    jobFiles.remember(scope, jobId, sources.map((source) => (typeof source === 'string' ? source : null)));
    return runImportJob(pool, sources, replyTo(event), jobId);
  }

  return {
    'import:read-seeds': async (_none, event) =>
      runImportJob(pool, await listSeedFiles(seedsDir), replyTo(event)),
    'import:open-dialog': async (_none, event) => {
      const chosen = await chooseFiles(event);
      await grants.grant(senderId(event), chosen);
      return readGranted(chosen, event);
    },
    'import:read-paths': ({ paths }, event) => readGranted(paths, event),
    'import:file-bytes': ({ jobId, index }, event) => jobFiles.bytesOf(senderId(event), jobId, index),
    'import:grant-dropped': ({ paths }, event) => grants.grant(senderId(event), paths),
    'shell:open-external': ({ url }) => openExternal(url),
    'snapshots:list': () => snapshots.list(),
    'snapshots:save': ({ bytes, reason }) => snapshots.save(bytes, reason),
    'snapshots:read': ({ id }) => snapshots.read(id),
    'backup:save-file': ({ bytes, suggestedName }, event) =>
      saveBackupFile(bytes, () => chooseSavePath(event, suggestedName)),
    'snapshot:settled': ({ requestId }) => snapshotSettled(requestId),
    ...exportRoutes(exports),
  };
}
