import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsById } from '../../../../renderer/db/rows-by-id';

interface Row {
  id: number;
  label: string;
}

async function tableWith(stored: readonly number[]): Promise<Table<Row, number>> {
  const database = new Dexie(`rows-by-id-${Math.random().toString(36).slice(2)}`);
  database.version(1).stores({ rows: 'id' });
  const table = database.table<Row, number>('rows');
  await table.bulkAdd(stored.map((id) => ({ id, label: `row ${id}` })));
  return table;
}

describe('rowsById', () => {
  it('returns exactly the stored rows asked for, in id order, whether ids come in dense runs or scattered', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 1, max: 420 }), { maxLength: 300 }),
        async (stored, asked) => {
          const table = await tableWith(stored);
          const present = new Set(stored);
          const expected = [...new Set(asked)].filter((id) => present.has(id)).sort((a, b) => a - b);
          expect((await rowsById(table, asked)).map((row) => row.id)).toEqual(expected);
          table.db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a dense selection of 2,000 of 3,000 rows whole', async () => {
    const table = await tableWith(Array.from({ length: 3000 }, (_, at) => at + 1));
    const asked = Array.from({ length: 3000 }, (_, at) => at + 1).filter((id) => id % 3 !== 0);
    const rows = await rowsById(table, asked);
    expect(rows).toHaveLength(2000);
    expect(rows[1]).toEqual({ id: 2, label: 'row 2' });
  });
});
