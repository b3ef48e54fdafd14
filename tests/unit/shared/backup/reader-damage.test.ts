import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../../shared/backup/reader';
import { backupTablesAt, LATEST_BACKUP_SCHEMA } from '../../../../shared/backup/tables';
import { BackupWriter } from '../../../../shared/backup/writer';

/** A small, valid backup: two tags and a setting, every other table empty. */
function goodBackup(): Uint8Array {
  const parts: Uint8Array[] = [];
  const writer = new BackupWriter((chunk) => parts.push(chunk), { appVersion: '0.1.0', schemaVersion: LATEST_BACKUP_SCHEMA });
  for (const table of backupTablesAt(LATEST_BACKUP_SCHEMA)) {
    writer.beginTable(table);
    if (table === 'tags')
      writer.addRows('tags', [
        { id: 1, uid: 't_00000000000000000000000000000001', path: 'theory', color: null },
        { id: 2, uid: 't_00000000000000000000000000000002', path: 'theory/sgd', color: '#aa3355' },
      ]);
  }
  writer.finish();
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

function rezip(edit: (members: Record<string, Uint8Array>) => void): Uint8Array {
  const members = unzipSync(goodBackup());
  edit(members);
  return zipSync(members);
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes);
}

const read = (bytes: Uint8Array): Promise<unknown> => readBackup(once(bytes));

describe('readBackup refuses a damaged file, naming what is wrong', () => {
  it('reads the good file', async () => {
    const rows: unknown[] = [];
    const manifest = await readBackup(once(goodBackup()), { rows: (_table, batch) => void rows.push(...batch) });
    expect(manifest.tables['tags']).toBe(2);
    expect(rows).toHaveLength(2);
  });

  it('a member missing', async () => {
    await expect(read(rezip((members) => delete members['tables/notes.ndjson']))).rejects.toThrow('tables/notes.ndjson is listed in the manifest but missing from the file.');
  });

  it('a member extra', async () => {
    const bytes = rezip((members) => {
      const manifest = members['manifest.json'] ?? new Uint8Array();
      delete members['manifest.json'];
      members['tables/secrets.ndjson'] = strToU8('{}\n');
      members['manifest.json'] = manifest;
    });
    await expect(read(bytes)).rejects.toThrow(`tables/secrets.ndjson is not part of a backup of database version ${LATEST_BACKUP_SCHEMA}.`);
  });

  it('a row of the wrong shape in a file whose checksums hold (made by hand), with its line', async () => {
    const bytes = rezip((members) => {
      const tags = strToU8(strFromU8(members['tables/tags.ndjson'] ?? new Uint8Array()).replace('"path":"theory/sgd"', '"path":42'));
      members['tables/tags.ndjson'] = tags;
      const manifest = JSON.parse(strFromU8(members['manifest.json'] ?? new Uint8Array())) as { members: Record<string, unknown> };
      manifest.members['tables/tags.ndjson'] = { sha256: bytesToHex(sha256(tags)), bytes: tags.length };
      members['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    await expect(read(bytes)).rejects.toThrow(/^tables\/tags\.ndjson, line 2: field “path” must be/);
  });

  it('a row a damaged byte broke is reported as the damage, not as the row', async () => {
    const bytes = rezip((members) => {
      members['tables/tags.ndjson'] = strToU8(strFromU8(members['tables/tags.ndjson'] ?? new Uint8Array()).replace('t_00000000000000000000000000000002', 't_0000000000000000000000000000000"'));
    });
    await expect(read(bytes)).rejects.toThrow('tables/tags.ndjson does not match its checksum: the file is damaged.');
  });

  it('rows that parse but differ from the checksummed ones', async () => {
    const bytes = rezip((members) => {
      members['tables/tags.ndjson'] = strToU8(strFromU8(members['tables/tags.ndjson'] ?? new Uint8Array()).replace('theory/sgd', 'theory/sga'));
    });
    await expect(read(bytes)).rejects.toThrow('tables/tags.ndjson does not match its checksum: the file is damaged.');
  });

  it('a file that is not a Lectern backup', async () => {
    await expect(read(zipSync({ 'notes.txt': strToU8('hello') }))).rejects.toThrow('This is not a Lectern backup: it does not start with lectern.json.');
  });
});
