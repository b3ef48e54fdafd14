import type { BackupBenchGlobals, BackupFigures, TimedFigures } from '../../tests/bench/bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { absoluteRow, atMostRow, median, type BenchRow } from './report';

/** Runs of each measure at a library size; a 100k backup and restore take a while, so fewer there. */
const runsAt = (size: number): number => (size >= 100_000 ? 1 : 3);

const BACKUP_LIMIT = 1.5;
const RESTORE_LIMIT = 2;

const megabytes = (bytes: number | null): number => (bytes === null ? Number.NaN : bytes / 1e6);
const peakHeap = (runs: readonly TimedFigures[]): number => median(runs.map((run) => megabytes(run.heapPeakBytes)));
const milliseconds = (runs: readonly TimedFigures[]): string => runs.map((run) => Math.round(run.ms)).join('/');
const heaps = (runs: readonly TimedFigures[]): string => runs.map((run) => megabytes(run.heapPeakBytes).toFixed(0)).join('/');

/** Reported only; the baseline's heap shows how much of the peak is rows read and garbage not yet collected. */
function heapRow(size: number, what: string, runs: readonly TimedFigures[], baselineRuns: readonly TimedFigures[]): BenchRow {
  const value = peakHeap(runs);
  const baseline = peakHeap(baselineRuns);
  return { size, what, value, unit: 'MB', baseline, ratio: value / baseline, target: 'report', met: null };
}

interface BackupRuns {
  reads: TimedFigures[];
  backups: BackupFigures[];
  rawAdds: TimedFigures[];
  restores: TimedFigures[];
}

function rowsOf(size: number, { reads, backups, rawAdds, restores }: BackupRuns): BenchRow[] {
  const first = backups[0];
  if (first === undefined) return [];
  const runs = `median of ${backups.length}`;
  const scale = `${first.rows.toLocaleString('en')} rows`;
  return [
    atMostRow(size, `backup to a .lectern file (${scale}, ${runs})`, median(backups.map((run) => run.ms)), 'ms', median(reads.map((run) => run.ms)), BACKUP_LIMIT, '≤ 1.5× reading every table'),
    absoluteRow(size, '  its file size', megabytes(first.bytes), 'MB'),
    heapRow(size, '  peak JS heap during the backup (above the heap before; baseline: while reading)', backups, reads),
    atMostRow(size, `restore into a new database (${scale}, ${runs})`, median(restores.map((run) => run.ms)), 'ms', median(rawAdds.map((run) => run.ms)), RESTORE_LIMIT, '≤ 2× raw bulkAdd of the same rows'),
    heapRow(size, '  peak JS heap during the restore (above the heap before; baseline: during the raw bulkAdd)', restores, rawAdds),
  ];
}

/**
 * Backup and restore in the library the import just built (profile `profile`): each against its
 * floor in the same run, reading every table and bulkAdding the same rows, taken in turn.
 * Callbacks given to page.evaluate run inside the bench page, where `lecternBackupBench` is published.
 */
export async function backupRows(profile: string, size: number): Promise<BenchRow[]> {
  const context = await launch(profile);
  try {
    const page = await context.newPage();
    await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as BackupBenchGlobals).lecternBackupBench !== undefined);
    const runs: BackupRuns = { reads: [], backups: [], rawAdds: [], restores: [] };
    for (let run = 0; run < runsAt(size); run += 1) {
      runs.reads.push(await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.readEveryTable()));
      runs.backups.push(await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.backUp()));
      runs.rawAdds.push(await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.rawBulkAddEveryTable()));
      runs.restores.push(await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.restore()));
    }
    const tables = Object.entries(runs.backups[0]?.tables ?? {})
      .map(([table, count]) => `${table} ${count}`)
      .join(', ');
    console.log(
      `${size}: backup ${milliseconds(runs.backups)} ms (heap ${heaps(runs.backups)} MB) vs reading every table ${milliseconds(runs.reads)} ms ` +
        `(heap ${heaps(runs.reads)} MB); file ${megabytes(runs.backups[0]?.bytes ?? null).toFixed(1)} MB; restore ${milliseconds(runs.restores)} ms ` +
        `(heap ${heaps(runs.restores)} MB) vs raw bulkAdd ${milliseconds(runs.rawAdds)} ms (heap ${heaps(runs.rawAdds)} MB); rows: ${tables}`,
    );
    const split = await page.evaluate(() => (globalThis as unknown as Required<BackupBenchGlobals>).lecternBackupBench.backupSplit());
    console.log(
      `${size}: backup split over ${megabytes(split.ndjsonBytes).toFixed(1)} MB of NDJSON: total ${Math.round(split.totalMs)} ms = JSON ${Math.round(split.jsonMs)}, ` +
        `UTF-8 ${Math.round(split.encodeMs)}, SHA-256 ${Math.round(split.hashMs)}, deflate+CRC ${Math.round(split.deflateMs)} ms, and reading the rest`,
    );
    return rowsOf(size, runs);
  } finally {
    await context.close();
  }
}
