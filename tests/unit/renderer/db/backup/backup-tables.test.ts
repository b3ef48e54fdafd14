import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupTablesAt, LATEST_BACKUP_SCHEMA } from '../../../../../shared/backup/tables';
import { LecternDB } from '../../../../../renderer/db/schema/database';
import { LATEST_VERSION } from '../../../../../renderer/db/schema/version-chain';
import { freshDatabase } from '../fixtures';

describe('the tables a backup holds', () => {
  it('follows the latest schema version', () => {
    expect(LATEST_BACKUP_SCHEMA).toBe(LATEST_VERSION);
  });

  it('are, at every schema version, the database’s tables but the search index, the sync updates and the graph’s copies', async () => {
    for (let version = 1; version <= LATEST_VERSION; version += 1) {
      const database = new LecternDB(freshDatabase().name, version);
      await database.open();
      const declared = database.tables.map((table) => table.name).filter((name) => !['searchIndex', 'syncUpdates', 'linkEnds', 'abstractIds'].includes(name));
      expect(new Set(backupTablesAt(version)), `version ${version}`).toEqual(new Set(declared));
      expect(backupTablesAt(version)).toHaveLength(declared.length);
      database.close();
    }
  });
});
