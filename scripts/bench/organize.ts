import type { BenchGlobals, BulkFigures, BulkKind, RawWriteFigures } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, median, type BenchRow } from './report';

/** The bulk action size the target is set for: 10,000 abstracts (or the whole library when smaller). */
const BULK_COUNT = 10_000;
/** Each bulk action (and its undo, which restores the library) runs this many times; rows report the median. */
const BULK_RUNS = 3;
const FILTER_RUNS = 5;
const BULK_LABELS: Record<BulkKind, string> = { tag: 'bulk-tag', status: 'bulk-set status', list: 'bulk-add to a reading list' };

/**
 * "About a second", measured so that a noisy machine cannot fail it: against the raw Dexie write of the
 * very rows the action writes, in the same run. Where that write alone takes about a second (10,000
 * rows here), the action may add at most a quarter to it.
 */
const BULK_TARGET = '≈ 1 s: ≤ 1,000 ms, or ≤ 1.25× the raw write';
const ABOUT_A_SECOND_MS = 1000;
const OVER_RAW_WRITE = 1.25;

function bulkRow(size: number, what: string, ms: number, rawMs: number): BenchRow {
  const ratio = ms / rawMs;
  return { size, what, value: ms, unit: 'ms', baseline: rawMs, ratio, target: BULK_TARGET, met: ms <= ABOUT_A_SECOND_MS || ratio <= OVER_RAW_WRITE };
}

function bulkRows(size: number, kind: BulkKind, runs: readonly BulkFigures[], raw: readonly RawWriteFigures[]): BenchRow[] {
  const what = `${BULK_LABELS[kind]} of ${(runs[0]?.abstracts ?? 0).toLocaleString('en')} abstracts (one transaction, median of ${runs.length})`;
  return [
    bulkRow(size, what, median(runs.map((run) => run.ms)), median(raw.map((write) => write.ms))),
    bulkRow(size, '  its undo', median(runs.map((run) => run.undoMs)), median(raw.map((write) => write.undoMs))),
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
      const raw: RawWriteFigures[] = [];
      const runs: BulkFigures[] = [];
      for (let run = 0; run < BULK_RUNS; run += 1) {
        const args = [kind, BULK_COUNT] as const;
        raw.push(await page.evaluate(([k, n]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.rawBulkWrite(k, n), args));
        runs.push(await page.evaluate(([k, n]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.bulkAction(k, n), args));
      }
      console.log(
        `${size}: ${BULK_LABELS[kind]} ${runs[0]?.abstracts ?? 0} abstracts in ${milliseconds(runs.map((run) => run.ms))} ms ` +
          `(undo ${milliseconds(runs.map((run) => run.undoMs))} ms); raw write of the same rows ${milliseconds(raw.map((write) => write.ms))} ms ` +
          `(taken back in ${milliseconds(raw.map((write) => write.undoMs))} ms)`,
      );
      rows.push(...bulkRows(size, kind, runs, raw));
    }
    const filter = await page.evaluate((runs) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.filterByParentTag(runs), FILTER_RUNS);
    console.log(`${size}: parent-tag filter ${filter.matches} of ${filter.library} (${filter.assignments} assignments) in ${milliseconds(filter.runsMs)} ms`);
    rows.push(absoluteRow(size, `filter by parent tag (${filter.matches.toLocaleString('en')} matches, median of ${FILTER_RUNS})`, median(filter.runsMs), 'ms'));
    return rows;
  } finally {
    await context.close();
  }
}
