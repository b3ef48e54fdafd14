/**
 * The one Content-Security-Policy of the app, for Electron (app:// and the dev server) and for
 * web mode (`vite preview`), so both builds run under the same rules.
 */

/**
 * Where the optional sync may connect (renderer/sync/server-address.ts accepts exactly these shapes). The server is
 * named by the user at run time, but this policy is fixed when the page loads (Electron's header, the web server's
 * header, index.html's meta tag) and a page can never widen its own policy; a per-server policy would need a reload
 * through main and has no equivalent in web mode. So it allows: plain ws/http to this computer on any port (the
 * `npm run sync-server` default), and TLS (wss/https) to any host, for a server behind the user's reverse proxy.
 * Plain ws/http to another host stays blocked: the library token must not cross a network in clear. Nothing is
 * opened unless the user sets sync up, scripts stay 'self' only (no injected script exists to use the wider
 * connect-src), and images, frames, objects and form targets stay closed to every other origin.
 */
export const SYNC_CONNECT_SOURCES =
  'ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:* wss: https:';

/**
 * Only the app's own origin, and the sync server (above) for connections. KaTeX sets inline styles; fonts and images may be data: URLs;
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
    ['connect-src', `'self'${devSocket} ${SYNC_CONNECT_SOURCES}`],
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

/**
 * Headers for every response of the web build. The page's meta tag cannot cover what a header
 * does: workers' own policy and `frame-ancestors`.
 */
export function webSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
}
