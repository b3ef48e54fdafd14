import 'fake-indexeddb/auto';
import { Dexie, type Table } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsPresent, rowsById } from '../../../../renderer/db/abstracts/rows-by-id';

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
          expect(await idsPresent(table, asked)).toEqual(expected);
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

  it('finds which of a gap-free run of ids are present, with rows missing inside the run', async () => {
    const stored = Array.from({ length: 1000 }, (_, at) => at + 1).filter((id) => id !== 500 && id !== 501);
    const table = await tableWith(stored);
    const asked = Array.from({ length: 800 }, (_, at) => at + 101);
    expect(await idsPresent(table, asked)).toEqual(asked.filter((id) => id !== 500 && id !== 501));
    expect(await idsPresent(table, [1, 2, 3, 999, 1000, 1001])).toEqual([1, 2, 3, 999, 1000]);
  });
});
