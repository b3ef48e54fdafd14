import { createBrowserHost } from './browser';
import { createElectronHost } from './electron';
import type { Host } from './types';

let host: Host | null = null;

/** The host this renderer runs in: the Electron preload's bridge when present, else the browser. */
export function getHost(): Host {
  host ??= window.lectern === undefined ? createBrowserHost() : createElectronHost(window.lectern);
  return host;
}
