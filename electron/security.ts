/**
 * Applies the hardening decided in security-policy.ts to Electron: the window's web
 * preferences, the session (CSP header, permissions) and every WebContents (navigation,
 * new windows, webviews).
 */
import { shell } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import { externalLinkDecision, isAppUrl } from './security-policy';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Every response carries our CSP, replacing any the server sent; every permission is refused. */
export function hardenSession(target: Session, csp: string): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

const hardened = new WeakSet<WebContents>();

/** Idempotent: applied to the window directly and again through app 'web-contents-created'. */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const stayInApp = (event: Electron.Event<{ url: string }>): void => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkDecision(url) === 'open-in-browser') void shell.openExternal(url);
    return { action: 'deny' };
  });
}
