/**
 * Maps an app:// request to a file of the built renderer (plain Node, tested without Electron).
 * Anything that would leave the renderer folder, or is not the app's host, is refused.
 */
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security-policy';

export function resolveAppAsset(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rendererDir);
  const file = normalize(join(root, wanted));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..'))
    return null;
  return file;
}
