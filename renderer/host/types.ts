import type { ImportedFile, ImportProgress } from '../../shared/import/types';
import type { BackupManifest } from '../../shared/backup/format';
import type { SnapshotInfo, SnapshotReason } from '../../shared/backup/snapshots';
import type { HostCommand, LiveExportTarget } from '../../shared/ipc';
import type { ExportOutput } from '../../shared/export/output';
import type { RawFile } from './parse-messages';

export type ProgressListener = (progress: ImportProgress) => void;

/** A file a host read for an import; `rawBytes` are its bytes when the host keeps them (so sync can share the file). */
export interface ReadFile extends ImportedFile {
  readonly rawBytes?: Uint8Array;
  /** Asks the host for the file's bytes again, where it does not keep them (the desktop app's main process read them; a browser re-reads the chosen file). */
  readonly readBytes?: () => Promise<Uint8Array | null>;
}

/** Commands the host can send to the app (the Electron app menu; keyboard shortcuts in the browser). */
export type { HostCommand };

/**
 * Everything the renderer asks of its host. One implementation uses the Electron preload
 * bridge; the other runs in a plain browser. Features only ever see this interface.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  /** The captures shipped with the app, for the first-run import. */
  readBundledSeeds(onProgress?: ProgressListener): Promise<ImportedFile[]>;
  /** Shows a file chooser; resolves to [] when the user cancels. */
  pickAndReadFiles(onProgress?: ProgressListener): Promise<ReadFile[]>;
  /** Reads files dropped on the window. */
  readDroppedFiles(files: readonly File[], onProgress?: ProgressListener): Promise<ReadFile[]>;
  /** Parses bytes that did not come from a local file (a file another device shared), as an import would. */
  parseBytes(files: RawFile[]): Promise<ImportedFile[]>;
  /** Opens an http(s) link in the system browser; other schemes are ignored. */
  openExternal(url: string): void;
  /** Subscribes to host commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
  /** Where whole-library snapshots are kept: the user-data folder in the desktop app, IndexedDB in a browser. */
  readonly snapshots: SnapshotStore;
  /**
   * Subscribes to the host's requests for an automatic snapshot (the desktop app asks on quit and
   * every few hours of use); the listener resolves once it has saved one, or decided nothing changed.
   */
  onSnapshotRequest(listener: (reason: AutomaticSnapshotReason) => Promise<void>): () => void;
  /**
   * Saves a backup the user asked for: the system Save dialog in the desktop app, a download in a
   * browser. Resolves false when the user cancelled.
   */
  saveBackupFile(backup: Blob, suggestedName: string): Promise<boolean>;
  /**
   * Saves an export: a download in a browser (a vault zipped), the system Save dialog in the
   * desktop app (a vault as a folder). Resolves false when the user cancelled.
   */
  saveExportFile(output: ExportOutput): Promise<boolean>;
  /** Files the desktop app keeps updated; null in a browser, which can only download. */
  readonly liveExports: LiveExportHost | null;
}

/** The desktop app's kept-updated files, each written by the id main gave it. */
export interface LiveExportHost {
  /** The Save dialog for the file to keep updated; null when cancelled. */
  choose(suggestedName: string): Promise<LiveExportTarget | null>;
  /** Rewrites the file atomically; resolves with the time written. */
  write(id: string, text: string): Promise<number>;
  stop(id: string): Promise<void>;
}

export type AutomaticSnapshotReason = Extract<SnapshotReason, 'quit' | 'periodic'>;

/** Kept snapshots; each is a whole .lectern backup. */
export interface SnapshotStore {
  /** Newest first. */
  list(): Promise<SnapshotInfo[]>;
  /** Keeps `backup` (a .lectern file, whose manifest is given) and applies the rotation; resolves with what was kept. */
  save(backup: Blob, manifest: BackupManifest, reason: SnapshotReason): Promise<SnapshotInfo>;
  /** The snapshot's .lectern bytes. */
  read(id: string): Promise<Blob>;
}
