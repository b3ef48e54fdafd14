// Dev probe (not part of `npm run bench`): imports a library once into a kept profile, then alternates app and bare
// cold starts there, printing each and the median ratio; with PROBE_TRACE=file it also writes one app start's trace.
import { existsSync, writeFileSync } from 'node:fs';
import type { BenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, buildPages, launch, startServer, stopServer } from './browser';
import { median } from './report';
import { appColdStart, bareColdStart } from './start';

const PROFILE = process.env.PROBE_PROFILE ?? '/tmp/lectern-start-probe';
const RUNS = Number(process.env.PROBE_RUNS ?? 5);
const SIZE = Number(process.env.PROBE_SIZE ?? 10_000);

async function importLibrary(): Promise<void> {
  const context = await launch(PROFILE);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
    await page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.prepare(n), SIZE);
    await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.importPipeline());
    await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.markSeeded());
  } finally {
    await context.close();
  }
}

async function traceOneStart(file: string): Promise<void> {
  const context = await launch(PROFILE);
  try {
    const page = await context.newPage();
    const browser = context.browser();
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.locator('[role="listbox"][aria-label="Abstracts"] [role="option"]').first().waitFor();
    const { profile } = await session.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    void browser;
  } finally {
    await context.close();
  }
}

const RECORD = `
  globalThis.startMarks = {};
  const observer = new MutationObserver(() => {
    const marks = globalThis.startMarks;
    const row = document.querySelector('[role="listbox"][aria-label="Abstracts"] [role="option"]');
    if (row && marks.firstRow === undefined) { marks.firstRow = performance.now(); marks.plain = row.closest('[aria-busy]') !== null; }
    if (document.querySelector('nav') && marks.app === undefined) { marks.app = performance.now(); observer.disconnect(); }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true }));
`;

async function detailStart(): Promise<string> {
  const context = await launch(PROFILE);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORD });
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.locator('nav').first().waitFor({ timeout: 120_000 });
    return await page.evaluate(() => {
      const marks = (globalThis as unknown as { startMarks: Record<string, number | boolean> }).startMarks;
      const chunks = performance
        .getEntriesByType('resource')
        .filter((entry) => /(mount|index|database|title-index)-/.test(entry.name))
        .map((entry) => `${entry.name.replace(/^.*assets\//, '').replace(/-[^-.]+\.(js|css)$/, '.$1')}@${Math.round(entry.startTime + entry.duration)}`);
      return `${JSON.stringify(marks)} ${chunks.join(' ')}`;
    });
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (process.env.PROBE_NO_BUILD === undefined) buildPages();
  const server = await startServer();
  try {
    if (!existsSync(PROFILE)) await importLibrary();
    const app: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      app.push(await appColdStart(PROFILE));
      bare.push(await bareColdStart(PROFILE));
    }
    console.log(`app ${app.map(Math.round).join('/')} bare ${bare.map(Math.round).join('/')} ratio ${(median(app) / median(bare)).toFixed(2)}`);
    for (let run = 0; run < Number(process.env.PROBE_DETAIL ?? 0); run += 1) console.log(await detailStart());
    const trace = process.env.PROBE_TRACE;
    if (trace !== undefined) await traceOneStart(trace);
  } finally {
    stopServer(server);
  }
}

void main();
