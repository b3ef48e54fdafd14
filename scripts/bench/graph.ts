import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BenchGlobals, GraphFigures, GraphLibraryFigures } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, median, percentile, type BenchRow } from './report';

/** The scale the graph view must stay smooth at. */
const GRAPH_NODES = 5_000;
const GRAPH_EDGES = 20_000;
/** Three seconds of panning at 60 frames per second. */
const PAN_FRAMES = 180;


function rendererRows(figures: GraphFigures): BenchRow[] {
  const size = figures.nodes;
  const scale = `${figures.nodes.toLocaleString('en')} nodes, ${figures.edges.toLocaleString('en')} edges`;
  const frames = figures.panFrameMs;
  const p95 = percentile(frames, 0.95);
  const max = Math.max(...frames);
  const row = (what: string, value: number, target: string, met: boolean | null): BenchRow => absoluteRow(size, what, value, 'ms', target, met);
  return [
    row(`graph renderer: first frame (${scale}; WebGL on ${figures.renderer})`, figures.firstFrameMs, '≤ 1,000 ms', figures.firstFrameMs <= 1000),
    row('  its ForceAtlas2 layout, in a worker, settled', figures.layoutMs, 'report', null),
    row(`  frame time while panning by mouse drag, p50 (${frames.length} frames)`, median(frames), 'report', null),
    row('  frame time while panning, p95', p95, '≤ 33 ms', p95 <= 33),
    row('  frame time while panning, max', max, 'report', null),
  ];
}

const megabytes = (bytes: number | null): number => (bytes === null ? NaN : bytes / 1024 / 1024);

/** The app's graph view over the library: first frame, filters and heap, at the library's size. */
function libraryRows(size: number, figures: GraphLibraryFigures): BenchRow[] {
  const row = (what: string, value: number, unit: string, target: string, met: boolean | null): BenchRow => absoluteRow(size, what, value, unit, target, met);
  return [
    row(`graph view: first frame with the library's nodes (${figures.shown.whole})`, figures.firstFrameMs, 'ms', '≤ 2,000 ms', figures.firstFrameMs <= 2000),
    row(`  neighbourhood filter, 2 hops from the most linked abstract (${figures.shown.neighbourhood})`, figures.neighbourhoodMs, 'ms', '≤ 200 ms', figures.neighbourhoodMs <= 200),
    row(`  tag filter (${figures.shown.tagged})`, figures.tagMs, 'ms', '≤ 200 ms', figures.tagMs <= 200),
    row('  JS heap with the graph open, after a collection', megabytes(figures.heapBytes), 'MB', 'report', null),
    row('  of which opening the graph added', megabytes(figures.heapAddedBytes), 'MB', 'report', null),
  ];
}

async function openBenchPage(profile: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await launch(profile);
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
  await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
  return { page, close: () => context.close() };
}

/** The renderer on a synthetic 5,000 × 20,000 graph: first frame, layout, panning. */
async function rendererRowsIn(profile: string): Promise<BenchRow[]> {
  const { page, close } = await openBenchPage(profile);
  try {
    const figures = await page.evaluate(
      ([nodes, edges, frames]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.graphFrames(nodes, edges, frames),
      [GRAPH_NODES, GRAPH_EDGES, PAN_FRAMES] as const,
    );
    console.log(
      `graph ${figures.nodes}×${figures.edges} (${figures.renderer}): first frame ${Math.round(figures.firstFrameMs)} ms, ` +
        `layout ${Math.round(figures.layoutMs)} ms, pan p50 ${median(figures.panFrameMs).toFixed(1)} ms, ` +
        `p95 ${percentile(figures.panFrameMs, 0.95).toFixed(1)} ms, max ${Math.max(...figures.panFrameMs).toFixed(1)} ms`,
    );
    return rendererRows(figures);
  } finally {
    await close();
  }
}

/** With BENCH_GRAPH_PROFILE=file.cpuprofile, a sampling CPU profile of the page while the graph view is timed (open it in DevTools). */
async function startProfiler(page: Page): Promise<() => Promise<void>> {
  const file = process.env.BENCH_GRAPH_PROFILE;
  if (file === undefined || file === '') return () => Promise.resolve();
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  };
}

/** The graph view over the library profile `profile` holds (`librarySize` abstracts). */
export async function graphLibraryRows(profile: string, librarySize: number): Promise<BenchRow[]> {
  const { page, close } = await openBenchPage(profile);
  try {
    const stopProfiler = await startProfiler(page);
    const figures = await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.graphInLibrary());
    await stopProfiler();
    console.log(
      `graph view at ${librarySize}: first frame ${Math.round(figures.firstFrameMs)} ms (${figures.shown.whole}), ` +
        `neighbourhood ${Math.round(figures.neighbourhoodMs)} ms (${figures.shown.neighbourhood}), tag ${Math.round(figures.tagMs)} ms (${figures.shown.tagged}), ` +
        `heap ${megabytes(figures.heapBytes).toFixed(0)} MB (+${megabytes(figures.heapAddedBytes).toFixed(0)} MB)`,
    );
    return libraryRows(librarySize, figures);
  } finally {
    await close();
  }
}

/** The graph's rows in the bench library of profile `profile`: the view over the library, then the synthetic renderer rows. */
export async function graphRows(profile: string, librarySize: number): Promise<BenchRow[]> {
  return [...(await graphLibraryRows(profile, librarySize)), ...(await rendererRowsIn(profile))];
}

/** The renderer rows alone, in a fresh empty profile (`npm run bench -- --only graph`). */
export async function graphRowsAlone(): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lectern-bench-graph-'));
  try {
    return await rendererRowsIn(profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
