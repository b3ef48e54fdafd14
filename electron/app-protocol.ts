/**
 * Serves the built renderer from app://lectern/ rather than file://, so the page has a real
 * origin of its own ('self' in the CSP, no reach into the file system) and every response
 * carries the CSP header.
 */
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveAppAsset } from './app-assets';
import { APP_SCHEME } from './security-policy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(request.url, rendererDir);
    const response = file ? await net.fetch(pathToFileURL(file).toString()).catch(() => null) : null;
    if (!response)
      return new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': csp } });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  });
}
