import type { ScreeningBenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, median, type BenchRow } from './report';

/** The figure is for a review with about a hundred decisions made. */
const DECISIONS = 100;
/** Re-rankings timed after the first (which builds the TF-IDF matrix); rows report the median. */
const RUNS = 9;
const TARGET_MS = 200;

const milliseconds = (values: readonly number[]): string => values.map(Math.round).join('/');

/**
 * Prioritised screening in the library the import just built (profile `profile`): a review of every abstract, then
 * retraining and ranking in the real browser worker after each further decision.
 */
export async function screeningRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as ScreeningBenchGlobals).lecternScreeningBench !== undefined);
    const figures = await page.evaluate(
      ([decisions, runs]) => {
        const bench = (globalThis as unknown as ScreeningBenchGlobals).lecternScreeningBench;
        if (bench === undefined) throw new Error('The screening bench is not on the page.');
        return bench.retrain(decisions, runs);
      },
      [DECISIONS, RUNS] as const,
    );
    console.log(
      `${size}: screening ${figures.records} records, ~${figures.decisions} decisions: first ranking ${Math.round(figures.firstRankMs)} ms; ` +
        `retrain + rank ${milliseconds(figures.trainMs)} ms in the worker, round trips ${milliseconds(figures.roundTripMs)} ms`,
    );
    const train = median(figures.trainMs);
    return [
      absoluteRow(size, `screening: retrain + rank ${figures.records.toLocaleString('en')} records, ~${DECISIONS} decisions (worker, median of ${RUNS})`, train, 'ms', `≤ ${TARGET_MS} ms`, train <= TARGET_MS),
      absoluteRow(size, '  its round trip from the page (reads, retrain, rank, messages)', median(figures.roundTripMs), 'ms'),
      absoluteRow(size, '  the first ranking of the review (builds its TF-IDF matrix)', figures.firstRankMs, 'ms'),
    ];
  } finally {
    await context.close();
  }
}
