import { IMPORT_EXTENSIONS } from '../import/accepted-files';
/** Checks on the strings the renderer may hand to main: file paths and links to open. */

export const MAX_PATH_LENGTH = 32_767;
export const MAX_URL_LENGTH = 4_096;

const WINDOWS_DRIVE_PATH = /^[A-Za-z]:[\\/]/;
const WINDOWS_UNC_PATH = /^\\\\[^\\/]+[\\/][^\\/]+/;

/**
 * An absolute path on POSIX (`/home/a.txt`) or Windows (`C:\a.txt`, `\\server\share\a.txt`).
 * Written without node:path because shared/ must run in the renderer too.
 */
export function isAbsolutePath(path: string): boolean {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH || path.includes('\0')) return false;
  return path.startsWith('/') || WINDOWS_DRIVE_PATH.test(path) || WINDOWS_UNC_PATH.test(path);
}

/** Longest file name most file systems accept. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * A bare file name, no folder: no separators, no `.` or `..`, no control characters. What the
 * page may suggest to a Save dialog, or name a snapshot by.
 */
export function isPlainFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FILE_NAME_LENGTH || name === '.' || name === '..') return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return !/[\\/\u0000-\u001f\u007f]/.test(name);
}

const IMPORT_EXTENSION = new RegExp(`\\.(${IMPORT_EXTENSIONS.join('|')})$`, 'i');

/**
 * Files handed over by path (drag and drop) must have an extension the importer takes (a capture or a reference
 * file; the format itself is read from the content). Main also reads only paths granted for a drop; this narrows
 * further what a drop can hand it.
 */
export function isImportPath(path: string): boolean {
  return isAbsolutePath(path) && IMPORT_EXTENSION.test(path);
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Only http(s) links with a host and no embedded credentials may leave the app for the
 * system browser: `javascript:`, `file:`, `data:` and custom schemes never do.
 */
export function isExternalHttpUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}
