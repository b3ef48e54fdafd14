import { useLiveQuery } from 'dexie-react-hooks';
import { bulkGetAbstracts } from '../abstracts/records';
import type { AbstractRow } from '../schema/row-types';

/** The whole records of `ids` (those still in the library), by id; undefined while loading. Follows every change to them. */
export function useRecordsById(ids: readonly number[]): ReadonlyMap<number, AbstractRow> | undefined {
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const rows = await bulkGetAbstracts(key === '' ? [] : key.split(',').map(Number));
    return new Map(rows.flatMap((row) => (row === undefined ? [] : [[row.id, row] as const])));
  }, [key]);
}
