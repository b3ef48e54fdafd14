import { app, BrowserWindow, Menu } from 'electron';
import { sendEvent } from './ipc';
import type { HostCommand } from '../shared/ipc';
import { appMenuTemplate } from './menu-template';

/** Installs the app menu; its commands go to the focused window (or the main one). */
export function installAppMenu(mainWindow: () => BrowserWindow | null, devTools: boolean): void {
  const onCommand = (command: HostCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow();
    if (target) sendEvent(target.webContents, 'app:command', command);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ platform: process.platform, appName: app.name, devTools, onCommand }),
    ),
  );
}
