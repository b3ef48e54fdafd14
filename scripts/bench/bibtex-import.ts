import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGlobals } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import type { BenchRow } from './report';

const TARGET = 0.5;

/**
 * Imports one generated BibTeX file of `size` entries through the whole pipeline (parse, merge,
 * store, tag), then bulkAdds the very rows it stored into bare tables with the same indexes.
 */
export async function bibtexImportRows(size: number): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), `lectern-bench-bibtex-${size}-`));
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BenchGlobals).lecternBench !== undefined);
    const bytes = await page.evaluate((n) => (globalThis as unknown as Required<BenchGlobals>).lecternBench.prepareBibtex(n), size);
    const pipeline = await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.importBibtexPipeline());
    const raw = await page.evaluate(() => (globalThis as unknown as Required<BenchGlobals>).lecternBench.rawBulkAdd());
    const pipelineRate = (pipeline.records / pipeline.ms) * 1000;
    const rawRate = (raw.records / raw.ms) * 1000;
    console.log(
      `bibtex ${size}: ${(bytes / 1e6).toFixed(1)} MB, ${pipeline.records} entries → ${pipeline.abstracts} abstracts in ${(pipeline.ms / 1000).toFixed(1)} s ` +
        `(reading the file ${((pipeline.parseMs ?? 0) / 1000).toFixed(1)} s); ` +
        `raw bulkAdd ${raw.records} rows in ${(raw.ms / 1000).toFixed(1)} s`,
    );
    return [
      {
        size,
        what: 'BibTeX import (parse, merge, store, tag)',
        value: pipelineRate,
        unit: 'records/s',
        baseline: rawRate,
        ratio: pipelineRate / rawRate,
        target: `≥ ${TARGET}× raw bulkAdd`,
        met: pipelineRate / rawRate >= TARGET,
      },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
