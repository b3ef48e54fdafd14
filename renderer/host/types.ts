import type { ImportedFile, ImportProgress } from '../../shared/import/types';

export type ProgressListener = (progress: ImportProgress) => void;

/** Commands the host can send to the app (the Electron app menu; keyboard shortcuts in the browser). */
export type HostCommand = 'import';

/**
 * Everything the renderer asks of its host. One implementation uses the Electron preload
 * bridge; the other runs in a plain browser. Features only ever see this interface.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  /** The captures shipped with the app, for the first-run import. */
  readBundledSeeds(onProgress?: ProgressListener): Promise<ImportedFile[]>;
  /** Shows a file chooser; resolves to [] when the user cancels. */
  pickAndReadFiles(onProgress?: ProgressListener): Promise<ImportedFile[]>;
  /** Reads files dropped on the window. */
  readDroppedFiles(files: readonly File[], onProgress?: ProgressListener): Promise<ImportedFile[]>;
  /** Opens an http(s) link in the system browser; other schemes are ignored. */
  openExternal(url: string): void;
  /** Subscribes to host commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
}
