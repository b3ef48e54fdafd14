import type { Page } from '@playwright/test';
import type { BenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, type BenchRow } from './report';

const LIST_ROW = '[role="listbox"][aria-label="Abstracts"] [role="option"]';
/** Lets the start's deferred work (search index load, workers) finish before the heap is read. */
const SETTLE_MS = 3000;

interface FirstRowGlobals {
  appFirstRow?: number;
}

/**
 * Records, inside the page, when the list's first row enters the DOM: the same clock the bare page
 * reads its rows by, without the test driver's polling round trip. (Page code as text: scripts/ has no DOM types.)
 */
const RECORD_FIRST_ROW = `
  const observer = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(LIST_ROW)}) === null) return;
    globalThis.appFirstRow = performance.now();
    observer.disconnect();
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
`;

async function openApp(page: Page): Promise<number> {
  await page.addInitScript({ content: RECORD_FIRST_ROW });
  await page.goto(`${BENCH_ORIGIN}/`);
  await page.waitForFunction(() => (globalThis as unknown as FirstRowGlobals).appFirstRow !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate(() => (globalThis as unknown as Required<FirstRowGlobals>).appFirstRow);
}

/** Milliseconds from navigation start to the app's first list row in the DOM, after a browser restart. */
export async function appColdStart(profile: string): Promise<number> {
  const context = await launch(profile);
  try {
    return await openApp(await context.newPage());
  } finally {
    await context.close();
  }
}

export async function bareColdStart(profile: string): Promise<number> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/bare.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).bareFirstRows !== undefined);
    return await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).bareFirstRows);
  } finally {
    await context.close();
  }
}

/** The main thread's JS heap after a forced garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(() => {
    const scope = globalThis as unknown as { gc?: () => void; performance: { memory?: { usedJSHeapSize: number } } };
    scope.gc?.();
    return (scope.performance.memory?.usedJSHeapSize ?? Number.NaN) / 1e6;
  });
}

/** Each view as a user opens it from the library, and what shows it is open. */
const VIEWS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'reader',
    open: async (page) => {
      await page.locator(LIST_ROW).first().click();
      await page.getByRole('region', { name: 'Reader' }).getByRole('heading').first().waitFor();
    },
  },
  {
    name: 'graph',
    open: async (page) => {
      await sidebar(page).getByRole('button', { name: 'Graph', exact: true }).click();
      await page.getByRole('status').filter({ hasText: /abstracts?,/ }).waitFor({ timeout: 300_000 });
    },
  },
  {
    name: 'duplicates',
    open: async (page) => {
      await sidebar(page).getByRole('button', { name: /^Possible duplicates/ }).click();
      await page.getByRole('main').getByRole('heading', { name: 'Possible duplicates', level: 2 }).waitFor({ timeout: 300_000 });
    },
  },
  {
    name: 'reviews',
    open: async (page) => {
      await sidebar(page).getByRole('button', { name: /^Reviews/ }).click();
      await page.getByRole('main').getByRole('heading', { name: 'Reviews', level: 2 }).waitFor();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    },
  },
];

function sidebar(page: Page): ReturnType<Page['getByRole']> {
  return page.getByRole('navigation', { name: 'Sidebar' });
}

/**
 * The JS heap after a cold start, then after opening each view in turn (each view opened from the
 * one before, as a user would; the heap is what the app holds with that view shown).
 */
export async function heapRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  const rows: BenchRow[] = [];
  try {
    const page = await context.newPage();
    await openApp(page);
    rows.push(absoluteRow(size, 'JS heap after cold start', await heapAfterGc(page), 'MB'));
    for (const view of VIEWS) {
      await view.open(page);
      rows.push(absoluteRow(size, `JS heap after opening ${view.name}`, await heapAfterGc(page), 'MB'));
    }
    console.log(`${size}: heap ${rows.map((row) => `${row.what.replace('JS heap after ', '')} ${row.value.toFixed(1)} MB`).join(', ')}`);
  } finally {
    await context.close();
  }
  return rows;
}
