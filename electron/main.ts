/**
 * Electron main: one instance, one hardened window, the app menu, the IPC handlers and the
 * automatic snapshots. The logic lives in the modules it wires together.
 */
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { seedsDir } from './files';
import { registerIpcHandlers, sendEvent } from './ipc';
import { createLiveTargets } from './exports/live-targets';
import { installAppMenu } from './menu';
import { createParsePool } from './parse-pool';
import { hardenSession, hardenWebContents } from './security';
import { APP_ENTRY_URL, contentSecurityPolicy, isAppUrl } from './security-policy';
import { createSnapshotFolder } from './snapshots/folder';
import { createSnapshotSchedule } from './snapshots/schedule';
import { createMainWindow } from './window';

// Lets tests and power users keep a library apart from the default profile.
const userDataOverride = process.env['LECTERN_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const appUrl = devServerUrl ?? APP_ENTRY_URL;
  const csp = contentSecurityPolicy({ dev: devServerUrl !== undefined, devServerUrl });
  const pool = createParsePool({ workerPath: join(__dirname, 'parse-worker.js') });
  const snapshots = createSnapshotFolder(join(app.getPath('userData'), 'snapshots'));
  let mainWindow: BrowserWindow | null = null;

  const schedule = createSnapshotSchedule({
    send: (request) => {
      const contents = mainWindow?.webContents;
      // A page still loading has no one listening yet: there is nothing to wait for.
      if (!contents || contents.isDestroyed() || contents.isLoading() || contents.isCrashed()) return false;
      sendEvent(contents, 'snapshot:request', request);
      return true;
    },
  });
  const updateInUse = (): void =>
    schedule.setInUse(
      mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.isVisible() && !mainWindow.isMinimized(),
    );

  const openWindow = (): void => {
    const window = createMainWindow(appUrl, join(__dirname, '../preload/index.js'));
    schedule.rearm();
    window.on('close', (event) =>
      schedule.intercept(event, 'close', () => {
        if (!window.isDestroyed()) window.close();
      }),
    );
    window.on('show', updateInUse);
    window.on('hide', updateInUse);
    window.on('minimize', updateInUse);
    window.on('restore', updateInUse);
    window.webContents.on('render-process-gone', () => schedule.windowGone());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      schedule.windowGone();
      updateInUse();
    });
    mainWindow = window;
  };

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('second-instance', () => {
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('before-quit', (event) => schedule.intercept(event, 'quit', () => app.quit()));
  app.on('will-quit', () => {
    schedule.dispose();
    void pool.close();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, csp);
    serveRenderer(join(__dirname, '../renderer'), csp);
    registerIpcHandlers({
      pool,
      seedsDir: seedsDir(app.isPackaged, process.resourcesPath, app.getAppPath()),
      isTrustedSender: (frameUrl) => isAppUrl(frameUrl, appUrl),
      snapshots,
      snapshotSettled: (requestId) => schedule.settled(requestId),
      liveTargets: createLiveTargets(join(app.getPath('userData'), 'live-exports.json')),
    });
    installAppMenu(() => mainWindow, !app.isPackaged);
    openWindow();
  });
}
