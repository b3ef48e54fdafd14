import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGlobals, GraphFigures } from '../../tests/bench/bench-api';
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
    row(`graph view: first frame (${scale}; WebGL on ${figures.renderer})`, figures.firstFrameMs, '≤ 1,000 ms', figures.firstFrameMs <= 1000),
    row('  its ForceAtlas2 layout, in a worker, settled', figures.layoutMs, 'report', null),
    row(`  frame time while panning by mouse drag, p50 (${frames.length} frames)`, median(frames), 'report', null),
    row('  frame time while panning, p95', p95, '≤ 16.7 ms', p95 <= 16.7),
    row('  frame time while panning, max', max, '≤ 50 ms', max <= 50),
  ];
}

/**
 * The graph view's rows, measured in the bench page of profile `profile`: the renderer on a
 * synthetic 5,000 × 20,000 graph, and reading the graph's data from the library the profile holds
 * (`librarySize` abstracts; that row is left out for an empty library).
 */
export async function graphRows(profile: string, librarySize: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
    const figures = await page.evaluate(
      ([nodes, edges, frames]) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.graphFrames(nodes, edges, frames),
      [GRAPH_NODES, GRAPH_EDGES, PAN_FRAMES] as const,
    );
    console.log(
      `graph ${figures.nodes}×${figures.edges} (${figures.renderer}): first frame ${Math.round(figures.firstFrameMs)} ms, ` +
        `layout ${Math.round(figures.layoutMs)} ms, pan p50 ${median(figures.panFrameMs).toFixed(1)} ms, ` +
        `p95 ${percentile(figures.panFrameMs, 0.95).toFixed(1)} ms, max ${Math.max(...figures.panFrameMs).toFixed(1)} ms; ` +
        `data read of ${figures.libraryNodes} abstracts in ${Math.round(figures.dataReadMs)} ms`,
    );
    const rows = rendererRows(figures);
    if (figures.libraryNodes > 0) {
      const what = `graph view: read its data (${figures.libraryNodes.toLocaleString('en')} abstracts, ${figures.libraryEdges.toLocaleString('en')} links)`;
      rows.push(absoluteRow(librarySize, what, figures.dataReadMs, 'ms'));
    }
    return rows;
  } finally {
    await context.close();
  }
}

/** The renderer rows alone, in a fresh empty profile (`npm run bench -- --only graph`). */
export async function graphRowsAlone(): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'lectern-bench-graph-'));
  try {
    return await graphRows(profile, 0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
