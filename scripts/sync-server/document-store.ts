import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DocumentStore {
  /** The document's whole state as one Yjs update, or null for a document never stored. */
  fetch(name: string): Uint8Array | null;
  store(name: string, state: Uint8Array): void;
  close(): void;
}

export const DATABASE_FILE = 'lectern-sync.sqlite';

/** One SQLite file in dataDir, one row per Yjs document holding its merged state. */
export function openDocumentStore(dataDir: string): DocumentStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  // Instances sharing a data folder behind Redis take turns writing; wait for the other's lock instead of failing.
  db.pragma('busy_timeout = 5000');
  db.exec(
    'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at INTEGER NOT NULL)',
  );
  const select = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const upsert = db.prepare<[string, Buffer, number]>(
    'INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
  );
  return {
    fetch: (name) => {
      const row = select.get(name);
      return row === undefined ? null : new Uint8Array(row.state);
    },
    store: (name, state) => {
      upsert.run(name, Buffer.from(state), Date.now());
    },
    close: () => db.close(),
  };
}
