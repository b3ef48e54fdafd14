/**
 * The renderer's side of the Electron bridge, platform-free: import jobs with their progress,
 * dropped files resolved to paths, links, menu commands, snapshots and saved backups.
 * renderer/host/electron.ts wraps it as the Host; keeping it here lets Node tests drive it
 * against main's real routes.
 */
import type { SnapshotInfo, SnapshotReason } from '../backup/snapshots';
import { appendPart } from '../import/file-parts';
import type { ImportedFile, ImportProgress } from '../import/types';
import type { DroppedFile, FolderFile, HostCommand, ImportJob, LecternBridge, LiveExportTarget, SnapshotRequest } from '../ipc';
import { isExternalHttpUrl, isImportPath, MAX_IMPORT_PATHS } from '../ipc';
import { importFailure } from './import-failure';

type ProgressListener = (progress: ImportProgress) => void;
type SnapshotListener = (reason: SnapshotRequest['reason']) => Promise<void>;

/** The snapshots main keeps in the user-data folder, as .lectern files. */
export interface BridgeSnapshots {
  list(): Promise<SnapshotInfo[]>;
  save(backup: Blob, reason: SnapshotReason): Promise<SnapshotInfo>;
  read(id: string): Promise<Blob>;
}

/** A file the user chose or dropped, read by main; `readBytes` asks main for its bytes again (sync shares them). */
export interface UserImportedFile extends ImportedFile {
  readonly readBytes: () => Promise<Uint8Array | null>;
}

export interface BridgeClient {
  readBundledSeeds(onProgress?: ProgressListener): Promise<ImportedFile[]>;
  pickAndReadFiles(onProgress?: ProgressListener): Promise<UserImportedFile[]>;
  readDroppedFiles(files: readonly DroppedFile[], onProgress?: ProgressListener): Promise<UserImportedFile[]>;
  openExternal(url: string): void;
  onCommand(listener: (command: HostCommand) => void): () => void;
  readonly snapshots: BridgeSnapshots;
  /**
   * Main's requests for an automatic snapshot go to every listener, one request at a time; each
   * is settled once they are all done, whether they succeeded or failed, and at once when there
   * is no listener, so main never waits on a page that will not answer.
   */
  onSnapshotRequest(listener: SnapshotListener): () => void;
  /** Shows the system Save dialog; resolves false when it is cancelled. */
  saveBackupFile(backup: Blob, suggestedName: string): Promise<boolean>;
  /** Shows the system Save dialog and writes the export there; resolves false when it is cancelled. */
  saveExportFile(suggestedName: string, text: string): Promise<boolean>;
  /** Shows the system Save dialog and writes the files as a new folder of the chosen name. */
  saveExportFolder(suggestedName: string, files: readonly FolderFile[]): Promise<boolean>;
  readonly liveExports: BridgeLiveExports;
}

/** Files kept updated: main writes each only by the id it gave when the user chose the file. */
export interface BridgeLiveExports {
  choose(suggestedName: string): Promise<LiveExportTarget | null>;
  /** Resolves with the time main wrote the file. */
  write(id: string, text: string): Promise<number>;
  stop(id: string): Promise<void>;
}

const BACKUP_MEDIA_TYPE = 'application/zip';

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function blobOf(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: BACKUP_MEDIA_TYPE });
}

type Slot = { path: string } | { failure: ImportedFile };

const IMPORT_PATH_REFUSAL = 'Lectern imports text captures and reference files (.txt, .bib, .ris, .json, .csv and the like), not this kind of file.';

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function createBridgeClient(bridge: LecternBridge): BridgeClient {
  const snapshotListeners = new Set<SnapshotListener>();
  answerSnapshotRequests(bridge, snapshotListeners);

  // One job at a time per window, so every progress event seen while a job runs is that job's
  // (main sends a job's events before its reply, and sends them only to the window that asked).
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * Runs one main-side job, assembling its files from the events that come before its reply;
   * progress is shifted by `offset` files when a drop is split.
   */
  async function runJob(
    start: () => Promise<ImportJob>,
    onProgress?: ProgressListener,
    offset = 0,
    overallTotal?: number,
  ): Promise<{ jobId: string; files: ImportedFile[] }> {
    let jobId: string | null = null;
    // By job id, then by the file's index in the job.
    const arrived = new Map<string, ImportedFile[]>();
    const fileAt = (job: string, index: number): ImportedFile | undefined => arrived.get(job)?.[index];
    const unsubscribes = [
      bridge.on('import:progress', ({ jobId: eventJob, filesDone, filesTotal, fileName }) => {
        jobId ??= eventJob;
        if (eventJob === jobId)
          onProgress?.({ filesDone: offset + filesDone, filesTotal: overallTotal ?? filesTotal, fileName });
      }),
      bridge.on('import:file', ({ jobId: job, index, file }) => {
        const files = arrived.get(job) ?? [];
        arrived.set(job, files);
        files[index] = file;
      }),
      bridge.on('import:text', ({ jobId: job, index, piece }) => {
        const file = fileAt(job, index);
        if (file) appendPart(file, { type: 'text', piece });
      }),
      bridge.on('import:records', ({ jobId: job, index, records, displays }) => {
        const file = fileAt(job, index);
        if (file) appendPart(file, { type: 'records', records, displays });
      }),
    ];
    try {
      const job = await start();
      const files = job.fileNames.map(
        (name, index) => fileAt(job.jobId, index) ?? importFailure(name, 'no result came back from the app.'),
      );
      return { jobId: job.jobId, files };
    } finally {
      for (const unsubscribe of unsubscribes) unsubscribe();
    }
  }

  /** A user's files, each able to ask main for its bytes again by the job that read it and its place there. */
  const rereadable = ({ jobId, files }: { jobId: string; files: ImportedFile[] }): UserImportedFile[] =>
    files.map((file, index) => ({ ...file, readBytes: () => bridge.invoke('import:file-bytes', { jobId, index }) }));
  const unreadable = (file: ImportedFile): UserImportedFile => ({ ...file, readBytes: () => Promise.resolve(null) });

  async function readSlots(slots: readonly Slot[], onProgress?: ProgressListener): Promise<UserImportedFile[]> {
    const paths = slots.flatMap((slot) => ('path' in slot ? [slot.path] : []));
    const read: UserImportedFile[] = [];
    for (let start = 0; start < paths.length; start += MAX_IMPORT_PATHS) {
      const chunk = paths.slice(start, start + MAX_IMPORT_PATHS);
      const job = await runJob(() => bridge.invoke('import:read-paths', { paths: chunk }), onProgress, start, paths.length);
      read.push(...rereadable(job));
    }
    let next = 0;
    return slots.map((slot) => {
      if (!('path' in slot)) return unreadable(slot.failure);
      const name = fileNameOf(slot.path);
      return read[next++] ?? unreadable(importFailure(name, 'no result came back from the app.'));
    });
  }

  const slotOf = (file: DroppedFile, path: string): Slot => {
    if (!path) return { failure: importFailure(file.name, 'it is not a file on disk.') };
    if (!isImportPath(path))
      return { failure: importFailure(file.name, IMPORT_PATH_REFUSAL) };
    return { path };
  };

  return {
    readBundledSeeds: (onProgress) =>
      oneAtATime(async () => (await runJob(() => bridge.invoke('import:read-seeds'), onProgress)).files),
    pickAndReadFiles: (onProgress) =>
      oneAtATime(async () => rereadable(await runJob(() => bridge.invoke('import:open-dialog'), onProgress))),
    readDroppedFiles: (files, onProgress) =>
      oneAtATime(async () => {
        const paths = await bridge.grantDroppedFiles(files);
        return readSlots(
          files.map((file, i) => slotOf(file, paths[i] ?? '')),
          onProgress,
        );
      }),
    openExternal(url) {
      if (!isExternalHttpUrl(url)) return;
      bridge
        .invoke('shell:open-external', { url })
        .catch((error: unknown) => console.error('Lectern: the link could not be opened.', error));
    },
    onCommand: (listener) => bridge.on('app:command', listener),
    snapshots: {
      list: () => bridge.invoke('snapshots:list'),
      save: async (backup, reason) =>
        bridge.invoke('snapshots:save', { bytes: await bytesOf(backup), reason }),
      read: async (id) => blobOf(await bridge.invoke('snapshots:read', { id })),
    },
    onSnapshotRequest(listener) {
      snapshotListeners.add(listener);
      return () => void snapshotListeners.delete(listener);
    },
    saveBackupFile: async (backup, suggestedName) =>
      (await bridge.invoke('backup:save-file', { bytes: await bytesOf(backup), suggestedName })).saved,
    saveExportFile: async (suggestedName, text) =>
      (await bridge.invoke('export:save-file', { suggestedName, content: text })).saved,
    saveExportFolder: async (suggestedName, files) =>
      (await bridge.invoke('export:save-folder', { suggestedName, files: [...files] })).saved,
    liveExports: {
      choose: (suggestedName) => bridge.invoke('export:choose-live', { suggestedName }),
      write: (id, text) => bridge.invoke('export:write-live', { id, content: text }),
      stop: (id) => bridge.invoke('export:stop-live', { id }),
    },
  };
}

function answerSnapshotRequests(bridge: LecternBridge, listeners: ReadonlySet<SnapshotListener>): void {
  let queue: Promise<void> = Promise.resolve();
  bridge.on('snapshot:request', ({ requestId, reason }) => {
    queue = queue.then(async () => {
      const outcomes = await Promise.allSettled([...listeners].map(async (listener) => listener(reason)));
      for (const outcome of outcomes)
        if (outcome.status === 'rejected')
          console.error('Lectern: the automatic snapshot failed.', outcome.reason);
      await bridge
        .invoke('snapshot:settled', { requestId })
        .catch((error: unknown) =>
          console.error('Lectern: the app was not told the snapshot is done.', error),
        );
    });
  });
}
