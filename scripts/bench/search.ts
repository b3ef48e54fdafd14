import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { KeystrokeFigures, SearchBenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN } from './browser';
import { median, percentile, type BenchRow } from './report';

/** Realistic queries over the synthetic library's words, typed one character at a time. */
const QUERIES = ['sparse autoencoders', 'heavy tailed gradient noise', 'rademacher bound', 'teacher student', 'convolutinal kernel machines', 'minimax rate'];
const RESTARTS = 3;
const EMPTY_ROUND_TRIPS = 100;

/** Like browser.ts's launch, with a precise heap and `gc()` so the index's memory can be read. */
function launchMeasured(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

async function benchPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
  await page.waitForFunction(() => (globalThis as unknown as SearchBenchGlobals).lecternSearchBench !== undefined, undefined, { timeout: 120_000 });
  return page;
}

/** Runs `step` in the bench page of a freshly started browser on the kept profile. */
async function afterRestart<T>(profile: string, step: (page: Page) => Promise<T>): Promise<T> {
  const context = await launchMeasured(profile);
  try {
    return await step(await benchPage(context));
  } finally {
    await context.close();
  }
}

function keystrokeRows(size: number, search: KeystrokeFigures, scan: KeystrokeFigures): BenchRow[] {
  return (['p50', 'p95'] as const).map((label) => {
    const fraction = label === 'p50' ? 0.5 : 0.95;
    const value = percentile(search.ms, fraction);
    const baseline = percentile(scan.ms, fraction);
    const targeted = label === 'p95';
    return {
      size,
      what: `search per keystroke ${label} (${search.ms.length} keystrokes, via the worker)`,
      value,
      unit: 'ms',
      baseline,
      ratio: value / baseline,
      target: targeted ? '≤ 0.1× substring scan' : 'report',
      met: targeted ? value / baseline <= 0.1 : null,
    };
  });
}

/** What a keystroke's p95 is made of: the worker's own time on it, and the messaging alone (an empty query's round trip). */
function breakdownRows(size: number, search: KeystrokeFigures, roundTrips: number[]): BenchRow[] {
  return [
    { size, what: '  of which in the worker, per keystroke p95 (parse, match, rank, pack)', value: percentile(search.answerMs ?? [], 0.95), unit: 'ms', baseline: null, ratio: null, target: 'report', met: null },
    { size, what: `  round trip of an empty query p95 (${roundTrips.length} runs)`, value: percentile(roundTrips, 0.95), unit: 'ms', baseline: null, ratio: null, target: 'report', met: null },
  ];
}

/** The six (or BENCH_SLOWEST) slowest keystrokes through the worker, as `"typed" total/in the worker` ms (the page types QUERIES' prefixes in order). */
function slowest(search: KeystrokeFigures): string[] {
  const typed = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, at) => query.slice(0, at + 1)));
  return search.ms
    .map((ms, at) => ({ text: typed[at] ?? '?', ms, worker: search.answerMs?.[at] ?? Number.NaN }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Number(process.env.BENCH_SLOWEST ?? 6))
    .map(({ text, ms, worker }) => `"${text}" ${ms.toFixed(1)}/${worker.toFixed(1)}`);
}

/** Search rows in the library the import just built (profile `profile`). */
export async function searchRows(profile: string, size: number): Promise<BenchRow[]> {
  const built = await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.build()));
  const readies: number[] = [];
  const toArrays: number[] = [];
  for (let run = 0; run < RESTARTS; run += 1) {
    readies.push(await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.readyAfterRestart())));
    toArrays.push(await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.toArrayAfterRestart())));
  }
  const { search, scan, roundTrips } = await afterRestart(profile, async (page) => ({
    search: await page.evaluate((queries) => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.typeThroughWorker(queries), QUERIES),
    scan: await page.evaluate((queries) => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.typeThroughScan(queries), QUERIES),
    roundTrips: await page.evaluate((count) => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.emptyRoundTrips(count), EMPTY_ROUND_TRIPS),
  }));
  console.log(
    `${size}: search index of ${built.documents} built in ${(built.buildMs / 1000).toFixed(1)} s, heap ` +
      `${built.heapBytes === null ? '?' : (built.heapBytes / 1e6).toFixed(0)} MB, saved ${(built.savedChars / 1e6).toFixed(0)} M chars; ` +
      `ready ${readies.map(Math.round).join('/')} ms vs toArray ${toArrays.map(Math.round).join('/')} ms; ` +
      `hits search ${search.hits.join('/')} scan ${scan.hits.join('/')}`,
  );
  console.log(`${size}: slowest keystrokes (total/in worker ms): ${slowest(search).join(', ')}`);
  const ready = median(readies);
  const toArray = median(toArrays);
  return [
    ...keystrokeRows(size, search, scan),
    ...breakdownRows(size, search, roundTrips),
    { size, what: 'search index build (from scratch, saved)', value: built.buildMs, unit: 'ms', baseline: null, ratio: null, target: 'report', met: null },
    { size, what: 'search index heap', value: (built.heapBytes ?? Number.NaN) / 1e6, unit: 'MB', baseline: null, ratio: null, target: 'report', met: null },
    { size, what: 'search ready after restart (persisted index)', value: ready, unit: 'ms', baseline: toArray, ratio: ready / toArray, target: '≤ 1× toArray of every abstract', met: ready <= toArray },
  ];
}
