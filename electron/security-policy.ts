/**
 * The decisions behind the window's hardening, as pure functions (no Electron), so they are
 * tested directly: the Content-Security-Policy (shared with web mode), and which URLs may be
 * navigated to or opened.
 */
import { isExternalHttpUrl } from '../shared/ipc';

export { contentSecurityPolicy } from '../shared/security/content-security-policy';

/** The privileged scheme the built renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lectern';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

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
