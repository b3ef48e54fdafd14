import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticBibtex } from '../fixtures/synthetic-bibtex';
import { syntheticPortalCapture } from '../fixtures/synthetic-capture';
import { BENCH_ORIGIN, launch } from './browser';
import { startProfiler } from './cpu-profile';
import { absoluteRow, percentile, type BenchRow } from './report';

/** About 30 MB of UTF-8: the size of the largest captures users import. */
const RECORDS = 60_000;
const CLICK_EVERY_MS = 100;
const LONGEST_TASK_TARGET_MS = 200;
const INPUT_DELAY_TARGET_MS = 100;
const LIST_ROW = '[role="listbox"][aria-label="Abstracts"] [role="option"]';

interface Timings {
  /** Page time of the last reset: a long task that started before it is not the import's. */
  since: number;
  longTasks: { start: number; duration: number }[];
  inputDelays: number[];
}

interface TimingGlobals {
  benchTimings?: Timings;
}

/** The browser APIs observeTimings uses (this script is typed for Node, without the DOM library). */
interface PageScope extends TimingGlobals {
  PerformanceObserver: new (callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void) => {
    observe(options: { type: string }): void;
  };
  document: {
    addEventListener(type: 'click', listener: (event: { timeStamp: number }) => void, options: { capture: boolean }): void;
  };
  requestAnimationFrame(callback: () => void): void;
}

/**
 * Installed before the app loads: every long task, and for each click on the page the time from
 * the event's own timestamp to the next frame, when the page could first show its answer.
 */
function observeTimings(): void {
  const page = globalThis as unknown as PageScope;
  const timings: Timings = { since: 0, longTasks: [], inputDelays: [] };
  page.benchTimings = timings;
  // Entries arrive a while after their task: one of the app's start can come in after the reset.
  new page.PerformanceObserver((list) => {
    for (const { startTime, duration } of list.getEntries()) {
      if (startTime >= timings.since) timings.longTasks.push({ start: startTime, duration });
    }
  }).observe({ type: 'longtask' });
  page.document.addEventListener(
    'click',
    (event) => page.requestAnimationFrame(() => timings.inputDelays.push(performance.now() - event.timeStamp)),
    { capture: true },
  );
}

async function resetTimings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const timings = (globalThis as unknown as Required<TimingGlobals>).benchTimings;
    timings.since = performance.now();
    timings.longTasks.length = 0;
    timings.inputDelays.length = 0;
  });
}

/** Samples the import progress bar's value every half second until `done` settles. */
async function progressValues(page: Page, done: Promise<unknown>): Promise<string[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const seen = new Set<string>();
  const bar = page.getByRole('progressbar', { name: /^(Reading files|Saving to the library)/ });
  while (!finished) {
    const value = await bar.getAttribute('value', { timeout: 500 }).catch(() => null);
    if (value !== null) seen.add(value);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return [...seen];
}

/** Clicks the search box every CLICK_EVERY_MS until `done` settles, as a user waiting on an import would. */
async function clickUntil(page: Page, done: Promise<unknown>): Promise<void> {
  let finished = false;
  const settled = done.finally(() => (finished = true));
  const box = await page.getByRole('searchbox', { name: 'Search' }).boundingBox();
  if (box === null) throw new Error('The search box is not on screen.');
  while (!finished) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, CLICK_EVERY_MS))]);
  }
  await settled;
}

/**
 * Imports one ~30 MB capture through the app's own import button (file chooser, parse worker, one
 * transaction) into a library holding the seeds, clicking a control all along; reports the longest
 * main-thread task and the clicks' p95 input delay.
 */
export function responsiveImportRows(): Promise<BenchRow[]> {
  return responsiveImport('large-capture.txt', syntheticPortalCapture(RECORDS, 30), RECORDS, 'import');
}

/** About 50 MB of BibTeX: a reference manager's whole library, the largest file the issue names. */
const BIBTEX_ENTRIES = 46_000;

/** The same for a ~50 MB BibTeX file, also counting how often the progress bar moved while it ran. */
export function responsiveBibtexImportRows(): Promise<BenchRow[]> {
  return responsiveImport('large-library.bib', syntheticBibtex(BIBTEX_ENTRIES, 50), BIBTEX_ENTRIES, 'BibTeX import');
}

async function responsiveImport(fileName: string, text: string, records: number, what: string): Promise<BenchRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'lectern-bench-responsive-'));
  const capture = join(folder, fileName);
  writeFileSync(capture, text);
  const megabytes = Buffer.byteLength(text) / 1e6;
  const context = await launch(join(folder, 'profile'));
  try {
    await context.addInitScript(observeTimings);
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.locator(LIST_ROW).first().waitFor({ state: 'visible', timeout: 120_000 });
    // The first run imports the bundled captures; the large import starts once that is over.
    await page.getByRole('progressbar', { name: 'Importing the bundled captures' }).waitFor({ state: 'detached', timeout: 120_000 });
    await resetTimings(page);

    const profiler = await startProfiler(page);
    const started = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^Import/ }).click();
    await (await chooser).setFiles(capture);
    const summary = page.getByRole('status').filter({ hasText: /added/ }).waitFor({ timeout: 900_000 });
    const progress = progressValues(page, summary);
    await clickUntil(page, summary);
    const progressSeen = await progress;
    await profiler.stop();
    const seconds = (Date.now() - started) / 1000;
    const timings = await page.evaluate(() => (globalThis as unknown as Required<TimingGlobals>).benchTimings);
    const durations = timings.longTasks.map((task) => task.duration);
    const longest = Math.max(0, ...durations);
    const worst = [...timings.longTasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
    const p95 = percentile(timings.inputDelays, 0.95);
    console.log(
      `responsive import: ${megabytes.toFixed(1)} MB, ${await page.getByRole('status').innerText()} in ${seconds.toFixed(1)} s; ` +
        `progress bar values seen: ${progressSeen.join(', ') || 'none'}; ` +
        `${durations.length} long tasks (longest ${worst.map((task) => `${Math.round(task.duration)} ms at ${((task.start - timings.since) / 1000).toFixed(1)} s`).join(', ')}), ${timings.inputDelays.length} clicks`,
    );
    return [
      absoluteRow(records, `${megabytes.toFixed(0)} MB ${what}: longest main-thread task`, longest, 'ms', `≤ ${LONGEST_TASK_TARGET_MS} ms`, longest <= LONGEST_TASK_TARGET_MS),
      absoluteRow(records, `${megabytes.toFixed(0)} MB ${what}: input delay p95`, p95, 'ms', `≤ ${INPUT_DELAY_TARGET_MS} ms`, p95 <= INPUT_DELAY_TARGET_MS),
      absoluteRow(records, `${megabytes.toFixed(0)} MB ${what}: distinct progress values shown`, progressSeen.length, 'values', '≥ 3 (the bar moves)', progressSeen.length >= 3),
    ];
  } finally {
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
