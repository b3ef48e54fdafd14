import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DATABASE_FILE = 'lectern-sync.sqlite';

/** The server's one SQLite file in dataDir (created when missing): documents and blobs live side by side. */
export function openSyncDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  // Instances sharing a data folder behind Redis take turns writing; wait for the other's lock instead of failing.
  db.pragma('busy_timeout = 5000');
  return db;
}
