/**
 * Writes a file so that its name only ever holds a whole file: the bytes go to a temporary file
 * in the same folder, are flushed to disk, and only then renamed over the real name.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file opened for writing, as much of a FileHandle as the write uses. */
export interface WritableFile {
  write(data: Uint8Array | string): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls an atomic write makes; tests swap in one that fails midway. */
export interface AtomicWriteIo {
  /** Creates the file, failing if it exists. */
  create(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const nodeIo: AtomicWriteIo = {
  create: (path) => open(path, 'wx'),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};

const TEMPORARY_SUFFIX = '.tmp';

/** Hidden, and named after the file it will become, so a leftover from a crash says what it was. */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}${TEMPORARY_SUFFIX}`);
}

/** A temporary file an atomic write left behind (a crash between writing and renaming). */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMPORARY_SUFFIX);
}

/** Flushes the folder's entry for the renamed file; not every system can open a folder (Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The rename itself has happened; only its durability across a power cut is less certain.
  }
}

export async function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  io: AtomicWriteIo = nodeIo,
): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    const file = await io.create(temporary);
    try {
      await file.write(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await io.rename(temporary, path);
  } catch (error) {
    await io.remove(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}
