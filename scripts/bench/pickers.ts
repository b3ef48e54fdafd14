import type { PickersBenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { startProfiler } from './cpu-profile';
import { absoluteRow, atMostRow, median, percentile, type BenchRow } from './report';

/** The Link to… dialog's list length: the longest a picker asks for. */
const LIMIT = 30;
/** Title words typed letter by letter (plus a second word's start after each). */
const WORDS = 12;
const OPEN_TARGET_MS = 100;
const KEYSTROKE_LIMIT = 0.1;
/** The warm-up runs while the user scrolls and types: no task long enough to drop frames. */
const LONG_TASK_TARGET_MS = 50;

/**
 * The title index every picker asks, on the library the import just built (profile `profile`): the
 * cold build on a fresh page, opening a picker with the index warm, and keystroke p95 against a
 * substring scan over the lowercased titles held in the same page.
 */
export async function pickerRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as PickersBenchGlobals).lecternPickersBench !== undefined);
    const profiler = await startProfiler(page, 'pickers');
    const figures = await page.evaluate(
      ([limit, words]) => {
        const bench = (globalThis as unknown as PickersBenchGlobals).lecternPickersBench;
        if (bench === undefined) throw new Error('The pickers bench is not on the page.');
        return bench.measure(limit, words);
      },
      [LIMIT, WORDS] as const,
    );
    await profiler.stop();
    const open = median(figures.openMs);
    const keystroke = percentile(figures.keystrokeMs, 0.95);
    const keystrokeMedian = percentile(figures.keystrokeMs, 0.5);
    const scan = percentile(figures.scanMs, 0.95);
    const typo = percentile(figures.typoMs, 0.95);
    console.log(
      `${size}: pickers over ${figures.titles} titles: cold build ${Math.round(figures.coldBuildMs)} ms (longest task ${Math.round(figures.coldBuildLongestTaskMs)} ms), open median ${open.toFixed(2)} ms, ` +
        `keystroke p50 ${keystrokeMedian.toFixed(2)} ms, p95 ${keystroke.toFixed(2)} ms vs scan p95 ${scan.toFixed(2)} ms (${figures.keystrokes} keystrokes), typo p95 ${typo.toFixed(1)} ms`,
    );
    const slowest = figures.keystrokeMs
      .map((ms, at) => ({ ms, typed: figures.typed[at] ?? '?' }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map(({ ms, typed }) => `"${typed}" ${ms.toFixed(1)}`);
    console.log(`${size}: slowest picker keystrokes (ms): ${slowest.join(', ')}`);
    return [
      absoluteRow(size, `pickers: open (title index warm, first ${LIMIT} A–Z, median of ${figures.openMs.length})`, open, 'ms', `≤ ${OPEN_TARGET_MS} ms`, open <= OPEN_TARGET_MS),
      absoluteRow(size, '  the title index built cold on a fresh page (read titles, index them)', figures.coldBuildMs, 'ms'),
      absoluteRow(
        size,
        '    its longest main-thread task (0: none reached 50 ms)',
        figures.coldBuildLongestTaskMs,
        'ms',
        `≤ ${LONG_TASK_TARGET_MS} ms`,
        figures.coldBuildLongestTaskMs <= LONG_TASK_TARGET_MS,
      ),
      absoluteRow(size, `  keystroke p50 (${figures.keystrokes} keystrokes of title words)`, keystrokeMedian, 'ms'),
      atMostRow(size, `  keystroke p95 (${figures.keystrokes} keystrokes of title words) vs a substring scan of the titles`, keystroke, 'ms', scan, KEYSTROKE_LIMIT, `≤ ${KEYSTROKE_LIMIT}×`),
      absoluteRow(size, '  keystroke p95 of misspelt words (the fuzzy tier)', typo, 'ms'),
      absoluteRow(
        size,
        '  longest main-thread task while other words and misspellings are typed, a keystroke a task (0: none reached 50 ms)',
        figures.typingLongestTaskMs,
        'ms',
        `≤ ${LONG_TASK_TARGET_MS} ms`,
        figures.typingLongestTaskMs <= LONG_TASK_TARGET_MS,
      ),
    ];
  } finally {
    await context.close();
  }
}
