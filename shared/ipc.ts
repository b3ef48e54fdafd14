/**
 * The IPC contract between Electron main and the renderer, declared once. Every channel maps to
 * a runtime guard for what crosses the boundary; main, the preload and the renderer's host derive
 * their types from this object, so an unknown channel or a wrong payload does not compile, and a
 * malformed one at runtime is rejected by the guard.
 */
import type { Guard } from './ipc/guards';
import { IpcPayloadError, noArgument } from './ipc/guards';
import type {
  HostCommand,
  ImportFileEvent,
  ImportJob,
  ImportProgressEvent,
  ImportRecordsEvent,
  ImportTextEvent,
  SavedBackupFile,
  SnapshotRequest,
} from './ipc/payloads';
import type { SnapshotInfo } from './backup/snapshots';
import type { FolderFile, LiveExportTarget, SavedExport } from './ipc/export-payloads';
import {
  chooseLiveExportArgument,
  saveExportFileArgument,
  saveExportFolderArgument,
  stopLiveExportArgument,
  writeLiveExportArgument,
} from './ipc/export-payloads';
import {
  hostCommand,
  importFileEvent,
  importProgressEvent,
  importRecordsEvent,
  importTextEvent,
  fileBytesArgument,
  grantPathsArgument,
  openExternalArgument,
  readPathsArgument,
  saveBackupFileArgument,
  snapshotReadArgument,
  snapshotRequestEvent,
  snapshotSaveArgument,
  snapshotSettledArgument,
} from './ipc/payloads';

export { IpcPayloadError } from './ipc/guards';
export type { Guard } from './ipc/guards';
export {
  AUTOMATIC_SNAPSHOT_REASONS,
  HOST_COMMANDS,
  MAX_BACKUP_BYTES,
  MAX_IMPORT_PATHS,
} from './ipc/payloads';
export type {
  HostCommand,
  ImportFileEvent,
  ImportJob,
  ImportProgressEvent,
  ImportRecordsEvent,
  ImportTextEvent,
  SavedBackupFile,
  SnapshotRequest,
} from './ipc/payloads';
export type { FolderFile, LiveExportTarget, SavedExport } from './ipc/export-payloads';
export { LIVE_EXPORT_EXTENSIONS, MAX_EXPORT_CHARS, MAX_EXPORT_FILES } from './ipc/export-payloads';
export { isAbsolutePath, isExternalHttpUrl, isPlainFileName, isImportPath } from './ipc/values';

/**
 * renderer → main, answered with `Result`. `result` is type-only and never set. `caller` says
 * who may send it: the page through the bridge's `invoke`, or only the preload itself.
 */
export interface InvokeSpec<Arg, Result, Caller extends InvokeCaller = InvokeCaller> {
  readonly kind: 'invoke';
  readonly caller: Caller;
  readonly parseArgument: Guard<Arg>;
  readonly result?: Result;
}

export type InvokeCaller = 'page' | 'preload';

/** main → renderer, fire and forget. */
export interface EventSpec<Payload> {
  readonly kind: 'event';
  readonly parsePayload: Guard<Payload>;
}

function invoke<Arg, Result>(parseArgument: Guard<Arg>): InvokeSpec<Arg, Result, 'page'> {
  return { kind: 'invoke', caller: 'page', parseArgument };
}

function preloadInvoke<Arg, Result>(parseArgument: Guard<Arg>): InvokeSpec<Arg, Result, 'preload'> {
  return { kind: 'invoke', caller: 'preload', parseArgument };
}

function event<Payload>(parsePayload: Guard<Payload>): EventSpec<Payload> {
  return { kind: 'event', parsePayload };
}

export const ipcContract = {
  /** Reads and parses the captures bundled with the app (first run). */
  'import:read-seeds': invoke<void, ImportJob>(noArgument),
  /** Shows the system file chooser; a cancelled dialog resolves with no files. */
  'import:open-dialog': invoke<void, ImportJob>(noArgument),
  /** Reads dropped files by their paths; main reads only paths granted to this window, each once. */
  'import:read-paths': invoke<{ paths: string[] }, ImportJob>(readPathsArgument),
  /**
   * The bytes of a file one of this window's recent imports read (the user chose or dropped it), by job and place,
   * for sync to share; null when main no longer knows it or cannot read it now.
   */
  'import:file-bytes': invoke<{ jobId: string; index: number }, Uint8Array | null>(fileBytesArgument),
  /**
   * Grants one read of each file the user dropped. Only the preload sends it, with paths it got
   * from real dropped Files: the page cannot reach it, so it cannot name files of its own.
   */
  'import:grant-dropped': preloadInvoke<{ paths: string[] }, void>(grantPathsArgument),
  /** Opens an http(s) link in the system browser. */
  'shell:open-external': invoke<{ url: string }, void>(openExternalArgument),
  /** The desktop app's kept snapshots, newest first. */
  'snapshots:list': invoke<void, SnapshotInfo[]>(noArgument),
  /** Keeps a .lectern backup the renderer made as a snapshot, then applies the rotation. */
  'snapshots:save': invoke<{ bytes: Uint8Array; reason: SnapshotInfo['reason'] }, SnapshotInfo>(
    snapshotSaveArgument,
  ),
  /** A listed snapshot's .lectern bytes, by the id the listing gave (cloned across IPC, so in a buffer of their own). */
  'snapshots:read': invoke<{ id: string }, Uint8Array<ArrayBuffer>>(snapshotReadArgument),
  /** Shows the system Save dialog and writes the backup where the user chose. */
  'backup:save-file': invoke<{ bytes: Uint8Array; suggestedName: string }, SavedBackupFile>(
    saveBackupFileArgument,
  ),
  /** Shows the system Save dialog and writes one exported file where the user chose, atomically. */
  'export:save-file': invoke<{ suggestedName: string; content: string }, SavedExport>(saveExportFileArgument),
  /** Shows the system Save dialog and writes an exported folder (a vault) under the name the user chose. */
  'export:save-folder': invoke<{ suggestedName: string; files: FolderFile[] }, SavedExport>(saveExportFolderArgument),
  /** Shows the Save dialog for a file to keep updated; main remembers the path under a new id. null when cancelled. */
  'export:choose-live': invoke<{ suggestedName: string }, LiveExportTarget | null>(chooseLiveExportArgument),
  /** Rewrites a kept-updated file atomically; main writes only to the path it gave this id. Resolves with the time written. */
  'export:write-live': invoke<{ id: string; content: string }, number>(writeLiveExportArgument),
  /** Forgets a kept-updated file: its id can no longer be written. */
  'export:stop-live': invoke<{ id: string }, void>(stopLiveExportArgument),
  /** The renderer is done with a `snapshot:request`: it saved a snapshot, found nothing changed, or failed. */
  'snapshot:settled': invoke<{ requestId: string }, void>(snapshotSettledArgument),
  /** Progress of an import job, as files finish. */
  'import:progress': event<ImportProgressEvent>(importProgressEvent),
  /** One file of an import job as soon as it is parsed: its header, then its text and records. */
  'import:file': event<ImportFileEvent>(importFileEvent),
  /** The next piece of a streamed file's text. */
  'import:text': event<ImportTextEvent>(importTextEvent),
  /** The next batch of a streamed file's records and their display forms. */
  'import:records': event<ImportRecordsEvent>(importRecordsEvent),
  /** A command from the app menu. */
  'app:command': event<HostCommand>(hostCommand),
  /** Main asks for an automatic snapshot (on quit, every few hours of use); answered by `snapshot:settled`. */
  'snapshot:request': event<SnapshotRequest>(snapshotRequestEvent),
} as const;

export type IpcContract = typeof ipcContract;
type ChannelsOfKind<Kind> = {
  [K in keyof IpcContract]: IpcContract[K]['kind'] extends Kind ? K : never;
}[keyof IpcContract];
export type InvokeChannel = ChannelsOfKind<'invoke'>;
export type EventChannel = ChannelsOfKind<'event'>;
/** The invoke channels the page may call through the bridge. */
export type PageInvokeChannel = {
  [K in InvokeChannel]: IpcContract[K]['caller'] extends 'page' ? K : never;
}[InvokeChannel];

export type InvokeArgument<K extends InvokeChannel> =
  IpcContract[K] extends InvokeSpec<infer Arg, unknown> ? Arg : never;
export type InvokeResult<K extends InvokeChannel> =
  IpcContract[K] extends InvokeSpec<unknown, infer Result> ? Result : never;
/** The call's argument list: empty for channels that take nothing. */
export type InvokeArguments<K extends InvokeChannel> =
  InvokeArgument<K> extends void ? [] : [argument: InvokeArgument<K>];
export type EventPayload<K extends EventChannel> =
  IpcContract[K] extends EventSpec<infer Payload> ? Payload : never;

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return (
    typeof channel === 'string' &&
    Object.hasOwn(ipcContract, channel) &&
    ipcContract[channel as keyof IpcContract].kind === 'invoke'
  );
}

export function isPageInvokeChannel(channel: unknown): channel is PageInvokeChannel {
  return isInvokeChannel(channel) && ipcContract[channel].caller === 'page';
}

export function isEventChannel(channel: unknown): channel is EventChannel {
  return (
    typeof channel === 'string' &&
    Object.hasOwn(ipcContract, channel) &&
    ipcContract[channel as keyof IpcContract].kind === 'event'
  );
}

/** Runs a channel's guard; throws an IpcPayloadError that names the channel and the bad field. */
export function parseInvokeArgument<K extends InvokeChannel>(channel: K, value: unknown): InvokeArgument<K> {
  if (!isInvokeChannel(channel)) throw new IpcPayloadError(`Unknown IPC channel “${String(channel)}”`);
  const guard = ipcContract[channel].parseArgument as Guard<InvokeArgument<K>>;
  return withChannel(channel, () => guard(value, 'argument'));
}

export function parseEventPayload<K extends EventChannel>(channel: K, value: unknown): EventPayload<K> {
  if (!isEventChannel(channel)) throw new IpcPayloadError(`Unknown IPC channel “${String(channel)}”`);
  const guard = ipcContract[channel].parsePayload as Guard<EventPayload<K>>;
  return withChannel(channel, () => guard(value, 'payload'));
}

function withChannel<T>(channel: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof IpcPayloadError)
      throw new IpcPayloadError(`Invalid payload for “${channel}”: ${error.message}`);
    throw error;
  }
}

/** Something dropped on the window; a DOM File satisfies it, without the node build knowing the DOM. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly lastModified: number;
}

/** Exactly what the preload exposes on `window.lectern`. */
export interface LecternBridge {
  /** Calls a contract channel open to the page; unknown and preload-only channels are rejected. */
  invoke<K extends PageInvokeChannel>(channel: K, ...args: InvokeArguments<K>): Promise<InvokeResult<K>>;
  /** Subscribes to an event channel; returns the unsubscribe function. */
  on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void): () => void;
  /**
   * Lets main read each dropped text capture once, then resolves with every file's absolute
   * path: '' when it does not come from disk.
   */
  grantDroppedFiles(files: readonly DroppedFile[]): Promise<string[]>;
}
