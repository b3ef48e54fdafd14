import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { KeystrokeFigures, SearchBenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN } from './browser';
import { median, percentile, type BenchRow } from './report';

/** Realistic queries over the synthetic library's words, typed one character at a time. */
const QUERIES = ['sparse autoencoders', 'heavy tailed gradient noise', 'rademacher bound', 'teacher student', 'convolutinal kernel machines', 'minimax rate'];
const RESTARTS = 3;

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

/** Search rows in the library the import just built (profile `profile`). */
export async function searchRows(profile: string, size: number): Promise<BenchRow[]> {
  const built = await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.build()));
  const readies: number[] = [];
  const toArrays: number[] = [];
  for (let run = 0; run < RESTARTS; run += 1) {
    readies.push(await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.readyAfterRestart())));
    toArrays.push(await afterRestart(profile, (page) => page.evaluate(() => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.toArrayAfterRestart())));
  }
  const { search, scan } = await afterRestart(profile, async (page) => ({
    search: await page.evaluate((queries) => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.typeThroughWorker(queries), QUERIES),
    scan: await page.evaluate((queries) => (globalThis as unknown as Required<SearchBenchGlobals>).lecternSearchBench.typeThroughScan(queries), QUERIES),
  }));
  console.log(
    `${size}: search index of ${built.documents} built in ${(built.buildMs / 1000).toFixed(1)} s, heap ` +
      `${built.heapBytes === null ? '?' : (built.heapBytes / 1e6).toFixed(0)} MB, saved ${(built.savedChars / 1e6).toFixed(0)} M chars; ` +
      `ready ${readies.map(Math.round).join('/')} ms vs toArray ${toArrays.map(Math.round).join('/')} ms; ` +
      `hits search ${search.hits.join('/')} scan ${scan.hits.join('/')}`,
  );
  const ready = median(readies);
  const toArray = median(toArrays);
  return [
    ...keystrokeRows(size, search, scan),
    { size, what: 'search index build (from scratch, saved)', value: built.buildMs, unit: 'ms', baseline: null, ratio: null, target: 'report', met: null },
    { size, what: 'search index heap', value: (built.heapBytes ?? Number.NaN) / 1e6, unit: 'MB', baseline: null, ratio: null, target: 'report', met: null },
    { size, what: 'search ready after restart (persisted index)', value: ready, unit: 'ms', baseline: toArray, ratio: ready / toArray, target: '≤ 1× toArray of every abstract', met: ready <= toArray },
  ];
}
