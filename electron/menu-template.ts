/**
 * The app menu as data (Electron types only), so its contents are tested without Electron:
 * File › Import…, Back up library… and Restore from backup…, the usual Edit items, View › Reload
 * and zoom, and the Window menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/ipc';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools are offered only in development builds. */
  devTools: boolean;
  /** Asks the app to run a command (the File menu's items). */
  onCommand: (command: HostCommand) => void;
}

export const IMPORT_ACCELERATOR = 'CmdOrCtrl+O';

export function appMenuTemplate({
  platform,
  appName,
  devTools,
  onCommand,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: IMPORT_ACCELERATOR, click: () => onCommand('import') },
      { type: 'separator' },
      { id: 'backup', label: 'Back up library…', click: () => onCommand('backup') },
      { id: 'restore', label: 'Restore from backup…', click: () => onCommand('restore') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(devTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu];
}
