/**
 * The decisions behind the window's hardening, as pure functions (no Electron), so they are
 * tested directly: the Content-Security-Policy, and which URLs may be navigated to or opened.
 */
import { isExternalHttpUrl } from '../shared/ipc';

/** The privileged scheme the built renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Only the app's own origin. KaTeX sets inline styles; fonts and images may be data: URLs;
 * workers may come from blob: URLs. The dev server (electron-vite) additionally needs the
 * React refresh preamble (an inline script) and its HMR websocket.
 */
export function contentSecurityPolicy(
  options: { dev: boolean; devServerUrl?: string | undefined } = { dev: false },
): string {
  const devSocket = options.dev && options.devServerUrl ? ` ${websocketOrigin(options.devServerUrl)}` : '';
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', options.dev ? "'self' 'unsafe-inline'" : "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self' data:"],
    ['worker-src', "'self' blob:"],
    ['connect-src', `'self'${devSocket}`],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

function websocketOrigin(httpUrl: string): string {
  const url = new URL(httpUrl);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Same scheme, host and port as the app's own URL. Compared field by field because the
 * WHATWG `origin` of a custom scheme such as app:// is the opaque "null".
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app) return false;
  return (
    candidate.protocol === app.protocol &&
    candidate.host === app.host &&
    candidate.username === '' &&
    candidate.password === ''
  );
}

/** What to do with a link the page tries to open (window.open, target=_blank, a navigation away). */
export function externalLinkDecision(url: string): 'open-in-browser' | 'ignore' {
  return isExternalHttpUrl(url) ? 'open-in-browser' : 'ignore';
}
