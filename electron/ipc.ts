/**
 * Registers main's side of the IPC contract: every route goes through `handle`, which runs
 * the sender check and the contract's guard before the route.
 */
import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { BACKUP_EXTENSION } from '../shared/backup/format';
import { IMPORT_DIALOG_FILTERS } from '../shared/import/accepted-files';
import type { EventChannel, EventPayload, InvokeChannel } from '../shared/ipc';
import { isInvokeChannel } from '../shared/ipc';
import type { InvokeHandler } from './ipc-handler';
import { guardedHandler } from './ipc-handler';
import { ipcRoutes } from './ipc-routes';
import type { ParsePool } from './parse-pool';
import { createPathGrants } from './path-grants';
import type { SnapshotFolder } from './snapshots/folder';
import { chooseExportPath } from './exports/export-dialog';
import type { LiveTargets } from './exports/live-targets';

export function handle<K extends InvokeChannel>(
  channel: K,
  handler: InvokeHandler<K, IpcMainInvokeEvent>,
  isTrustedSender: (frameUrl: string) => boolean,
): void {
  ipcMain.handle(channel, guardedHandler(channel, handler, isTrustedSender));
}

export function sendEvent<K extends EventChannel>(
  contents: WebContents,
  channel: K,
  payload: EventPayload<K>,
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

const OPEN_DIALOG: OpenDialogOptions = {
  title: 'Import captures and references',
  buttonLabel: 'Import',
  properties: ['openFile', 'multiSelections'],
  filters: IMPORT_DIALOG_FILTERS,
};

async function chooseFiles(event: IpcMainInvokeEvent): Promise<string[]> {
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner
    ? await dialog.showOpenDialog(owner, OPEN_DIALOG)
    : await dialog.showOpenDialog(OPEN_DIALOG);
  return choice.canceled ? [] : choice.filePaths;
}

function saveDialogOptions(suggestedName: string): SaveDialogOptions {
  return {
    title: 'Back up library',
    buttonLabel: 'Save backup',
    defaultPath: suggestedName,
    filters: [{ name: 'Lectern backups', extensions: [BACKUP_EXTENSION.slice(1)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

async function chooseSavePath(event: IpcMainInvokeEvent, suggestedName: string): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(event.sender);
  const options = saveDialogOptions(suggestedName);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export interface IpcServices {
  pool: ParsePool;
  seedsDir: string;
  isTrustedSender: (frameUrl: string) => boolean;
  snapshots: SnapshotFolder;
  snapshotSettled: (requestId: string) => void;
  liveTargets: LiveTargets;
}

export function registerIpcHandlers({
  pool,
  seedsDir,
  isTrustedSender,
  snapshots,
  snapshotSettled,
  liveTargets,
}: IpcServices): void {
  const routes = ipcRoutes<IpcMainInvokeEvent>({
    pool,
    seedsDir,
    grants: createPathGrants(),
    senderId: (event) => event.sender.id,
    chooseFiles,
    openExternal: (url) => shell.openExternal(url),
    replyTo: (event) => (channel, payload) => sendEvent(event.sender, channel, payload),
    snapshots,
    chooseSavePath,
    snapshotSettled,
    exports: { chooseExportPath, liveTargets },
  });
  const register = <K extends InvokeChannel>(channel: K): void =>
    handle(channel, routes[channel], isTrustedSender);
  for (const channel of Object.keys(routes).filter(isInvokeChannel)) register(channel);
}
