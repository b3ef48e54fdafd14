import { BrowserWindow, nativeTheme } from 'electron';
import { hardenWebContents, secureWebPreferences } from './security';

/** The one app window: hardened, shown once its first paint is ready, in the system's theme. */
export function createMainWindow(appUrl: string, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Lectern',
    width: 1280,
    height: 840,
    minWidth: 760,
    minHeight: 480,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents, appUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}
