import { app, BrowserWindow, Menu } from 'electron';
import { sendEvent } from './ipc';
import { appMenuTemplate } from './menu-template';

/** Installs the app menu; Import… asks the focused window (or the main one) to import. */
export function installAppMenu(mainWindow: () => BrowserWindow | null, devTools: boolean): void {
  const onImport = (): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow();
    if (target) sendEvent(target.webContents, 'app:command', 'import');
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ platform: process.platform, appName: app.name, devTools, onImport }),
    ),
  );
}
