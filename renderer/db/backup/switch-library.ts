import { Dexie } from 'dexie';
import { activeDatabaseName, forgetRetiredDatabases, makeActiveDatabase, retiredDatabaseNames } from '../schema/active-database';
import { noteBackup } from './backup-state';

/** Makes a restored database the library from the next start on; it counts as backed up when its backup was made. */
export function switchToRestoredLibrary(databaseName: string, backupCreatedAt: string): void {
  makeActiveDatabase(databaseName);
  noteBackup(databaseName, Date.parse(backupCreatedAt));
}

/** Deletes a database a restore built but the user did not switch to. */
export async function discardRestoredLibrary(databaseName: string): Promise<void> {
  if (databaseName === activeDatabaseName()) return;
  await Dexie.delete(databaseName);
}

/** Deletes the databases earlier restores replaced (each was kept as a snapshot first). */
export async function deleteRetiredLibraries(): Promise<void> {
  const active = activeDatabaseName();
  const retired = retiredDatabaseNames().filter((name) => name !== active);
  const deleted: string[] = [];
  for (const name of retired) {
    try {
      await Dexie.delete(name);
      deleted.push(name);
    } catch {
      // Still open in another window: try again at the next start.
    }
  }
  forgetRetiredDatabases(deleted);
}
