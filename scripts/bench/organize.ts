import type { BenchGlobals, BulkFigures, BulkKind } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, median, type BenchRow } from './report';

/** The bulk action size: 10,000 abstracts (or the whole library when smaller). */
const BULK_COUNT = 10_000;
/** Each bulk action (and its undo, which restores the library) runs this many times; rows report the median. */
const BULK_RUNS = 3;
const FILTER_RUNS = 5;
const BULK_LABELS: Record<BulkKind, string> = { tag: 'bulk-tag', status: 'bulk-set status', list: 'bulk-add to a reading list' };

/** `rawPutMs`: raw Dexie bulkPut of the same rows, the floor under a status change (status rows only). */
function bulkRows(size: number, kind: BulkKind, runs: readonly BulkFigures[], rawPutMs: number | null): BenchRow[] {
  const ms = median(runs.map((run) => run.ms));
  const undoMs = median(runs.map((run) => run.undoMs));
  const what = `${BULK_LABELS[kind]} of ${(runs[0]?.abstracts ?? 0).toLocaleString('en')} abstracts (one transaction, median of ${runs.length})`;
  const ratio = rawPutMs === null ? null : ms / rawPutMs;
  return [
    { size, what, value: ms, unit: 'ms', baseline: rawPutMs, ratio, target: '≈ 1 s (≤ 1,000 ms)', met: ms <= 1000 },
    { size, what: `  its undo`, value: undoMs, unit: 'ms', baseline: null, ratio: null, target: '≈ 1 s (≤ 1,000 ms)', met: undoMs <= 1000 },
  ];
}

const milliseconds = (values: readonly number[]): string => values.map(Math.round).join('/');

/**
 * Bulk actions and parent-tag filtering, in the library the import just built (profile `profile`).
 * Callbacks given to page.evaluate run inside the bench page, where `lecternBench` is published.
 */
export async function organizeRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
    const rows: BenchRow[] = [];
    for (const kind of ['tag', 'status', 'list'] as const) {
      const rawPuts: number[] = [];
      const runs: BulkFigures[] = [];
      for (let run = 0; run < BULK_RUNS; run += 1) {
        if (kind === 'status') rawPuts.push(await page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.rawStatusPut(n), BULK_COUNT));
        runs.push(
          await page.evaluate(([k, n]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.bulkAction(k, n), [kind, BULK_COUNT] as const),
        );
      }
      const raw = rawPuts.length === 0 ? '' : `; raw bulkPut of the same rows ${milliseconds(rawPuts)} ms`;
      console.log(
        `${size}: ${BULK_LABELS[kind]} ${runs[0]?.abstracts ?? 0} abstracts in ${milliseconds(runs.map((run) => run.ms))} ms ` +
          `(undo ${milliseconds(runs.map((run) => run.undoMs))} ms${raw})`,
      );
      rows.push(...bulkRows(size, kind, runs, rawPuts.length === 0 ? null : median(rawPuts)));
    }
    const filter = await page.evaluate((runs) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.filterByParentTag(runs), FILTER_RUNS);
    console.log(`${size}: parent-tag filter ${filter.matches} of ${filter.library} (${filter.assignments} assignments) in ${milliseconds(filter.runsMs)} ms`);
    rows.push(absoluteRow(size, `filter by parent tag (${filter.matches.toLocaleString('en')} matches, median of ${FILTER_RUNS})`, median(filter.runsMs), 'ms'));
    return rows;
  } finally {
    await context.close();
  }
}
