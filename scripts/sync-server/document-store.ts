import type Database from 'better-sqlite3';

export interface DocumentStore {
  /** The document's whole state as one Yjs update, or null for a document never stored. */
  fetch(name: string): Uint8Array | null;
  store(name: string, state: Uint8Array): void;
}

/** One row per Yjs document holding its merged state. */
export function openDocumentStore(db: Database.Database): DocumentStore {
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
  };
}
