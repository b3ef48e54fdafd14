import type { Table } from 'dexie';

/** Ids closer than this share one range read: reading a few rows too many costs less than another request. */
const MAX_GAP = 8;
/** A run shorter than this is read key by key. */
const MIN_RANGE_READ = 16;

/** Runs of sorted ids, split where two neighbours are more than MAX_GAP apart. */
function runsOf(sortedIds: readonly number[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const id of sortedIds) {
    const last = run[run.length - 1];
    if (last !== undefined && id - last > MAX_GAP) {
      runs.push(run);
      run = [];
    }
    run.push(id);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The rows of `ids` present in `table` (keyed by a numeric `id`), in id order. Chromium answers each
 * `get` with its own round trip, so dense stretches of ids (a whole list selected, a range of
 * imports) are read with one range request each: for 10,000 rows about a third of the time.
 */
export async function rowsById<Row extends { id: number }, Insert>(table: Table<Row, number, Insert>, ids: readonly number[]): Promise<Row[]> {
  const wanted = new Set(ids);
  const sorted = [...wanted].sort((a, b) => a - b);
  const scattered: number[] = [];
  const ranged: Promise<Row[]>[] = [];
  for (const run of runsOf(sorted)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length < MIN_RANGE_READ || first === undefined || last === undefined) scattered.push(...run);
    else ranged.push(table.where(':id').between(first, last, true, true).toArray());
  }
  const [single, ...ranges] = await Promise.all([table.bulkGet(scattered), ...ranged]);
  const rows = [...(single ?? []), ...ranges.flat()].filter((row): row is Row => row !== undefined && wanted.has(row.id));
  return rows.sort((a, b) => a.id - b.id);
}

/**
 * The ids among `ids` that are keys of `table`, in id order. A gap-free run is counted first: when
 * every key in its range is there, nothing is listed. Counting or listing one range beats reading
 * every key of the library (an index scan of 100,000 entries) to check 10,000 ids.
 */
export async function idsPresent<Row, Insert>(table: Table<Row, number, Insert>, ids: readonly number[]): Promise<number[]> {
  const wanted = new Set(ids);
  const sorted = [...wanted].sort((a, b) => a - b);
  const lists = runsOf(sorted).map(async (run): Promise<number[]> => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return [];
    if (run.length < MIN_RANGE_READ) return table.where(':id').anyOf(run).primaryKeys();
    const range = table.where(':id').between(first, last, true, true);
    if (last - first + 1 === run.length && (await range.count()) === run.length) return run;
    return (await range.primaryKeys()).filter((id) => wanted.has(id));
  });
  return (await Promise.all(lists)).flat();
}
