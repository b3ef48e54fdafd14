import { Dexie } from 'dexie';
import { BackupError } from '../../../shared/backup/errors';
import type { BackupManifest } from '../../../shared/backup/format';
import { readBackup } from '../../../shared/backup/reader';
import { LecternDB } from '../schema/database';
import { LATEST_VERSION } from '../schema/version-chain';

export interface RestoreProgress {
  /** Bytes of the file read so far. */
  bytesRead: number;
  stage: 'reading' | 'upgrading';
}

export interface RestoredLibrary {
  /** The new database, complete and at the latest schema version, not yet the active one. */
  databaseName: string;
  manifest: BackupManifest;
}

/** A name no database has yet: the restore writes beside the current library, never into it. */
export function freshDatabaseName(now: number = Date.now()): string {
  return `lectern-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Builds a new database from a backup's bytes, checking everything as it reads. A backup of an
 * older schema is written at its own version, then opened at the latest, so it passes through the
 * same upgrade steps a live database would. On any failure the new database is deleted and the
 * error (a BackupError naming the problem) is rethrown: the current library is never touched.
 */
export async function restoreIntoNewDatabase(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (progress: RestoreProgress) => void,
  databaseName: string = freshDatabaseName(),
): Promise<RestoredLibrary> {
  let target: LecternDB | null = null;
  // Rows are written before the file's checksums can be known: a damaged file can hand over rows
  // that parse but cannot be stored (two rows with one key). Reading then goes on, so the error
  // reported is the file's damage, found at the end, rather than the write it caused.
  let writeFailure: Error | null = null;
  try {
    const manifest = await readBackup(chunks, {
      header: async ({ schemaVersion }) => {
        if (await Dexie.exists(databaseName)) throw new BackupError(`A database named ${databaseName} already exists.`);
        target = new LecternDB(databaseName, schemaVersion);
        await target.open();
      },
      rows: async (table, rows) => {
        if (!target) throw new BackupError('The backup has rows before its header.');
        if (writeFailure !== null) return;
        try {
          await target.table(table).bulkAdd(rows);
        } catch (error) {
          writeFailure = error instanceof Error ? error : new Error(String(error));
        }
      },
      progress: (bytesRead) => onProgress?.({ bytesRead, stage: 'reading' }),
    });
    if (writeFailure !== null)
      throw new BackupError(`The backup checked out, but its rows could not be stored: ${(writeFailure as Error).message}`);
    (target as LecternDB | null)?.close();
    if (manifest.schemaVersion < LATEST_VERSION) {
      onProgress?.({ bytesRead: 0, stage: 'upgrading' });
      const upgraded = new LecternDB(databaseName);
      await upgraded.open();
      upgraded.close();
    }
    return { databaseName, manifest };
  } catch (error) {
    (target as LecternDB | null)?.close();
    await Dexie.delete(databaseName).catch(() => undefined);
    throw error;
  }
}
