/**
 * The one Content-Security-Policy of the app, for Electron (app:// and the dev server) and for
 * web mode (`vite preview`), so both builds run under the same rules.
 */

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
