import type { BenchGlobals, BulkFigures, BulkKind } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, median, type BenchRow } from './report';

/** The bulk action size: 10,000 abstracts (or the whole library when smaller). */
const BULK_COUNT = 10_000;
const FILTER_RUNS = 5;
const BULK_LABELS: Record<BulkKind, string> = { tag: 'bulk-tag', status: 'bulk-set status', list: 'bulk-add to a reading list' };

/** `rawPutMs`: raw Dexie bulkPut of the same rows, the floor under a status change (status rows only). */
function bulkRows(size: number, kind: BulkKind, figures: BulkFigures, rawPutMs: number | null): BenchRow[] {
  const what = `${BULK_LABELS[kind]} of ${figures.abstracts.toLocaleString('en')} abstracts (one transaction)`;
  const ratio = rawPutMs === null ? null : figures.ms / rawPutMs;
  return [
    { size, what, value: figures.ms, unit: 'ms', baseline: rawPutMs, ratio, target: '≈ 1 s (≤ 1,000 ms)', met: figures.ms <= 1000 },
    { size, what: `  its undo`, value: figures.undoMs, unit: 'ms', baseline: null, ratio: null, target: '≈ 1 s (≤ 1,000 ms)', met: figures.undoMs <= 1000 },
  ];
}

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
      const rawPutMs =
        kind === 'status' ? await page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.rawStatusPut(n), BULK_COUNT) : null;
      const figures = await page.evaluate(
        ([k, n]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.bulkAction(k, n),
        [kind, BULK_COUNT] as const,
      );
      const raw = rawPutMs === null ? '' : `; raw bulkPut of the same rows ${Math.round(rawPutMs)} ms`;
      console.log(`${size}: ${BULK_LABELS[kind]} ${figures.abstracts} abstracts in ${Math.round(figures.ms)} ms (undo ${Math.round(figures.undoMs)} ms${raw})`);
      rows.push(...bulkRows(size, kind, figures, rawPutMs));
    }
    const filter = await page.evaluate((runs) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.filterByParentTag(runs), FILTER_RUNS);
    console.log(
      `${size}: parent-tag filter ${filter.matches} of ${filter.library} (${filter.assignments} assignments) in ` +
        `${filter.runsMs.map(Math.round).join('/')} ms`,
    );
    rows.push(absoluteRow(size, `filter by parent tag (${filter.matches.toLocaleString('en')} matches, median of ${FILTER_RUNS})`, median(filter.runsMs), 'ms'));
    return rows;
  } finally {
    await context.close();
  }
}
