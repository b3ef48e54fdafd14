// The snapshots domain keeps whole-library snapshots in the browser, in a database of their own.

import { Dexie, type Table } from 'dexie';
import type { BackupManifest } from '../../../shared/backup/format';
import { snapshotsToDelete } from '../../../shared/backup/rotation';
import type { SnapshotInfo, SnapshotReason } from '../../../shared/backup/snapshots';

interface SnapshotRow extends SnapshotInfo {
  file: Blob;
}

const SNAPSHOTS_DATABASE = 'lectern-snapshots';

class SnapshotDB extends Dexie {
  declare snapshots: Table<SnapshotRow, string>;

  constructor() {
    super(SNAPSHOTS_DATABASE);
    this.version(1).stores({ snapshots: 'id, createdAt' });
  }
}

let database: SnapshotDB | null = null;
function snapshotDb(): SnapshotDB {
  database ??= new SnapshotDB();
  return database;
}

function infoOf({ file: _file, ...info }: SnapshotRow): SnapshotInfo {
  return info;
}

/**
 * Snapshots a browser keeps, with the same rotation as the desktop app's folder. They live apart
 * from the library, so a restore that replaces the library's database leaves them in place.
 */
export const browserSnapshots = {
  async list(): Promise<SnapshotInfo[]> {
    const rows = await snapshotDb().snapshots.orderBy('createdAt').reverse().toArray();
    return rows.map(infoOf);
  },

  async save(file: Blob, manifest: BackupManifest, reason: SnapshotReason): Promise<SnapshotInfo> {
    const info: SnapshotInfo = {
      id: `${manifest.createdAt}-${reason}`,
      reason,
      createdAt: manifest.createdAt,
      bytes: file.size,
      appVersion: manifest.appVersion,
      schemaVersion: manifest.schemaVersion,
      tables: manifest.tables,
    };
    const table = snapshotDb().snapshots;
    await snapshotDb().transaction('rw', table, async () => {
      await table.put({ ...info, file });
      const all = await table.toArray();
      await table.bulkDelete(snapshotsToDelete(all));
    });
    return info;
  },

  async read(id: string): Promise<Blob> {
    const row = await snapshotDb().snapshots.get(id);
    if (!row) throw new Error('That snapshot is no longer kept.');
    return row.file;
  },
};
