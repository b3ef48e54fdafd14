import type { BackupBenchGlobals, ExportBenchGlobals, ExportFigures, TimedFigures } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, atMostRow, median, type BenchRow } from './report';

/** Runs of each measure at a library size; a 100k export takes a while, so fewer there. */
const runsAt = (size: number): number => (size >= 100_000 ? 1 : 3);

const EXPORT_LIMIT = 2;

const megabytes = (bytes: number | null): number => (bytes === null ? Number.NaN : bytes / 1e6);
const milliseconds = (runs: readonly TimedFigures[]): string => runs.map((run) => Math.round(run.ms)).join('/');
const heaps = (runs: readonly TimedFigures[]): string => runs.map((run) => megabytes(run.heapPeakBytes).toFixed(0)).join('/');

/** Reported only; the baseline's heap shows how much of the peak is rows read and garbage not yet collected. */
function heapRow(size: number, what: string, runs: readonly TimedFigures[], baselineRuns: readonly TimedFigures[]): BenchRow {
  const value = median(runs.map((run) => megabytes(run.heapPeakBytes)));
  const baseline = median(baselineRuns.map((run) => megabytes(run.heapPeakBytes)));
  return { size, what, value, unit: 'MB', baseline, ratio: value / baseline, target: 'report', met: null };
}

interface ExportRuns {
  reads: TimedFigures[];
  bibtex: ExportFigures[];
  vault: ExportFigures[];
}

function rowsOf(size: number, seeded: string, { reads, bibtex, vault }: ExportRuns): BenchRow[] {
  const read = median(reads.map((run) => run.ms));
  const runs = `median of ${reads.length}`;
  const rows: BenchRow[] = [];
  if (bibtex[0] !== undefined) {
    rows.push(
      atMostRow(size, `export every abstract to BibTeX (${runs})`, median(bibtex.map((run) => run.ms)), 'ms', read, EXPORT_LIMIT, '≤ 2× reading every table'),
      heapRow(size, '  peak JS heap during the BibTeX export (above the heap before; baseline: while reading)', bibtex, reads),
    );
  }
  const first = vault[0];
  if (first !== undefined) {
    rows.push(
      atMostRow(size, `export every abstract to an Obsidian vault zip (${first.files.toLocaleString('en')} files, ${seeded}, ${runs})`, median(vault.map((run) => run.ms)), 'ms', read, EXPORT_LIMIT, '≤ 2× reading every table'),
      absoluteRow(size, '  its zip size', megabytes(first.bytes), 'MB'),
      heapRow(size, '  peak JS heap during the vault export (above the heap before; baseline: while reading)', vault, reads),
    );
  }
  return rows;
}

/**
 * BibTeX and vault exports of the library the import just built (profile `profile`), each against
 * reading every table in the same run, taken in turn. A tenth of the abstracts are first given a
 * commented highlight, a twentieth a note and a typed link, so the vault writes those sections too.
 */
export async function exportRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as ExportBenchGlobals & BackupBenchGlobals).lecternExportBench !== undefined);
    const seeded = await page.evaluate(() => (globalThis as unknown as Required<ExportBenchGlobals>).lecternExportBench.seedAnnotations());
    const runs: ExportRuns = { reads: [], bibtex: [], vault: [] };
    for (let run = 0; run < runsAt(size); run += 1) {
      runs.reads.push(await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.readEveryTable()));
      runs.bibtex.push(await page.evaluate(() => (globalThis as unknown as Required<ExportBenchGlobals>).lecternExportBench.exportBibtex()));
      runs.vault.push(await page.evaluate(() => (globalThis as unknown as Required<ExportBenchGlobals>).lecternExportBench.exportVault()));
    }
    console.log(
      `${size}: reading every table ${milliseconds(runs.reads)} ms (heap ${heaps(runs.reads)} MB); BibTeX ${milliseconds(runs.bibtex)} ms ` +
        `(heap ${heaps(runs.bibtex)} MB, ${megabytes(runs.bibtex[0]?.bytes ?? null).toFixed(1)} M characters); vault ${milliseconds(runs.vault)} ms ` +
        `(heap ${heaps(runs.vault)} MB, ${megabytes(runs.vault[0]?.bytes ?? null).toFixed(1)} MB zip); seeded ${JSON.stringify(seeded)}`,
    );
    const seededText = `${seeded.highlights.toLocaleString('en')} highlights, ${seeded.notes.toLocaleString('en')} notes, ${seeded.links.toLocaleString('en')} typed links`;
    return rowsOf(size, seededText, runs);
  } finally {
    await context.close();
  }
}
