import type Database from 'better-sqlite3';

export interface BlobStore {
  has(libraryId: string, sha256: string): boolean;
  get(libraryId: string, sha256: string): Buffer | null;
  /** Blobs are immutable: putting a hash already stored keeps the first copy. */
  put(libraryId: string, sha256: string, bytes: Buffer): void;
}

/**
 * Content-addressed files (captures, imported files) keyed by library and SHA-256. Keyed per library, so a token
 * can never learn whether another library holds a file.
 */
export function openBlobStore(db: Database.Database): BlobStore {
  db.exec(
    'CREATE TABLE IF NOT EXISTS blobs (library_id TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL, stored_at INTEGER NOT NULL, PRIMARY KEY (library_id, sha256))',
  );
  const exists = db.prepare<[string, string], { found: number }>(
    'SELECT 1 AS found FROM blobs WHERE library_id = ? AND sha256 = ?',
  );
  const select = db.prepare<[string, string], { bytes: Buffer }>(
    'SELECT bytes FROM blobs WHERE library_id = ? AND sha256 = ?',
  );
  const insert = db.prepare<[string, string, Buffer, number]>(
    'INSERT INTO blobs (library_id, sha256, bytes, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  return {
    has: (libraryId, sha256) => exists.get(libraryId, sha256) !== undefined,
    get: (libraryId, sha256) => select.get(libraryId, sha256)?.bytes ?? null,
    put: (libraryId, sha256, bytes) => {
      insert.run(libraryId, sha256, bytes, Date.now());
    },
  };
}
