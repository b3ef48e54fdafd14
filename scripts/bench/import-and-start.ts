import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGlobals, BulkFigures, ImportFigures } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { startProfiler } from './cpu-profile';
import { median, type BenchRow } from './report';
import { appColdStart, bareColdStart } from './start';

const COLD_START_RUNS = 3;

/** The bulk action timed right after the import, and again once the library has settled. */
const FIRST_WRITE_COUNT = 10_000;
const LATER_WRITE_RUNS = 2;

interface ImportRun {
  pipeline: ImportFigures;
  raw: ImportFigures;
  bytes: number;
  /** Bulk-tagging right after the import, then the same action again, its last run once the first has settled. */
  firstWrite: BulkFigures;
  laterWrite: BulkFigures;
}

// Callbacks given to page.evaluate run inside the page, where the bench pages have published their globals.
async function importFigures(profile: string, size: number): Promise<ImportRun> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
    const bytes = await page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.prepare(n), size);
    const profiler = await startProfiler(page, `import-${size}`);
    const pipeline = await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.importPipeline());
    await profiler.stop();
    const bulkTag = (): Promise<BulkFigures> =>
      page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.bulkAction('tag', n), FIRST_WRITE_COUNT);
    const firstWrite = await bulkTag();
    let laterWrite = firstWrite;
    for (let run = 0; run < LATER_WRITE_RUNS; run += 1) laterWrite = await bulkTag();
    const raw = await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.rawBulkAdd());
    await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.markSeeded());
    return { pipeline, raw, bytes, firstWrite, laterWrite };
  } finally {
    await context.close();
  }
}

/**
 * Import throughput against raw bulkAdd, and cold start against a bare read, at one library size;
 * then `thenInSameLibrary`'s rows, measured in the imported library before its profile is removed.
 */
export async function importAndStartRows(size: number, thenInSameLibrary?: (profile: string) => Promise<BenchRow[]>): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), `lectern-bench-${size}-`));
  try {
    const { pipeline, raw, bytes, firstWrite, laterWrite } = await importFigures(profile, size);
    const appStarts: number[] = [];
    const bareStarts: number[] = [];
    for (let run = 0; run < COLD_START_RUNS; run += 1) {
      appStarts.push(await appColdStart(profile));
      bareStarts.push(await bareColdStart(profile));
    }
    const pipelineRate = (pipeline.records / pipeline.ms) * 1000;
    const rawRate = (raw.records / raw.ms) * 1000;
    const app = median(appStarts);
    const bare = median(bareStarts);
    console.log(
      `${size}: ${(bytes / 1e6).toFixed(1)} MB of captures, ${pipeline.records} records → ${pipeline.abstracts} abstracts ` +
        `in ${(pipeline.ms / 1000).toFixed(1)} s; raw bulkAdd ${raw.records} rows in ${(raw.ms / 1000).toFixed(1)} s; ` +
        `cold starts app ${appStarts.map(Math.round).join('/')} ms, bare ${bareStarts.map(Math.round).join('/')} ms; ` +
        `bulk-tag of ${firstWrite.abstracts} right after the import ${Math.round(firstWrite.ms)} ms, later ${Math.round(laterWrite.ms)} ms`,
    );
    const firstWriteRatio = firstWrite.ms / laterWrite.ms;
    const later = thenInSameLibrary === undefined ? [] : await thenInSameLibrary(profile);
    return [
      {
        size,
        what: 'import (parse, merge, store)',
        value: pipelineRate,
        unit: 'records/s',
        baseline: rawRate,
        ratio: pipelineRate / rawRate,
        target: '≥ 0.6× raw bulkAdd',
        met: pipelineRate / rawRate >= 0.6,
      },
      {
        size,
        what: `first bulk-tag of ${firstWrite.abstracts.toLocaleString('en')} right after the import`,
        value: firstWrite.ms,
        unit: 'ms',
        baseline: laterWrite.ms,
        ratio: firstWriteRatio,
        target: '≤ 1.25× the same action later',
        met: firstWriteRatio <= 1.25,
      },
      {
        size,
        what: 'cold start to first rows',
        value: app,
        unit: 'ms',
        baseline: bare,
        ratio: app / bare,
        target: '≤ 1.3× bare read of 50 rows',
        met: app / bare <= 1.3,
      },
      ...later,
    ];
  } finally {
    // BENCH_KEEP_PROFILE=1 keeps the imported library's browser profile for looking into a figure by hand.
    if (process.env.BENCH_KEEP_PROFILE === '1') console.log(`${size}: kept the library's browser profile in ${profile}`);
    else rmSync(profile, { recursive: true, force: true });
  }
}
