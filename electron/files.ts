/**
 * Main's file services, in plain Node (no Electron) so they are tested on real files:
 * where the bundled seeds live, listing them, and reading one capture within limits.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_CAPTURE_BYTES, tooLargeReason } from '../shared/import/capture-limit';

export type CaptureRead =
  { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; fileName: string; error: string };

/** Packaged apps ship seeds/ through extraResources; in development it is the repo's folder. */
export function seedsDir(isPackaged: boolean, resourcesPath: string, appPath: string): string {
  return join(isPackaged ? resourcesPath : appPath, 'seeds');
}

/** Absolute paths of the folder's .txt files, in file-name order (the order they are imported). */
export async function listSeedFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`The bundled captures could not be listed (${dir}): ${reasonOf(error)}`, {
      cause: error,
    });
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(dir, name));
}

/**
 * Reads one capture. Every failure becomes a per-file reason, phrased to follow “x.txt” was not
 * imported:; nothing here throws.
 */
export async function readCaptureFile(path: string, maxBytes = MAX_CAPTURE_BYTES): Promise<CaptureRead> {
  const fileName = basename(path);
  const failure = (reason: string): CaptureRead => ({ ok: false, fileName, error: reason });
  try {
    // stat before open: opening a FIFO would block until something writes to it.
    const info = await stat(path);
    if (info.isDirectory()) return failure('it is a folder, not a file.');
    if (!info.isFile()) return failure('it is not a regular file.');
    if (info.size > maxBytes) return failure(tooLargeReason(info.size, maxBytes));
    const handle = await open(path, 'r');
    try {
      const bytes = await handle.readFile();
      // The file may have grown between stat and read.
      if (bytes.byteLength > maxBytes) return failure(tooLargeReason(bytes.byteLength, maxBytes));
      return { ok: true, fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failure(reasonOf(error));
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'the file does not exist.',
  ENOTDIR: 'the file does not exist.',
  EACCES: 'permission denied.',
  EPERM: 'permission denied.',
  EISDIR: 'it is a folder, not a file.',
  EIO: 'the disk reported an input/output error.',
  ELOOP: 'it is a symbolic link that loops.',
  EMFILE: 'too many files are open; try fewer at once.',
};

export function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = REASONS[code];
  if (known) return known;
  return error instanceof Error ? error.message : String(error);
}
