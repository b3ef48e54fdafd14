import { Dexie, type ObservabilitySet } from 'dexie';
import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import { db as appDb } from '../schema/database';
import type { ScanProgress } from './scan';
import { workerScan } from './worker-scan';

export interface DuplicateScanState {
  /** The pairs the last scan found, less those dealt with since; null until a scan has ended. */
  pairs: readonly NearDuplicatePair[] | null;
  /** The running scan's progress; null when none runs. */
  progress: ScanProgress | null;
  /** Why the last scan failed; null when it did not. */
  error: string | null;
}

export type RunScan = (onProgress: (progress: ScanProgress) => void) => Promise<NearDuplicatePair[]>;

/** Quiet time after the last change before the library is scanned again (an import writes in many steps). */
const RESCAN_DELAY_MS = 700;

/**
 * The library's possible duplicates, kept current: scans on request, then again after any change
 * to the titles, authors, years or identifiers (they are all in `abstractKeys` rows, which every
 * such edit rewrites) or to the Not duplicates decisions. A change during a scan queues one more.
 */
export class DuplicateScanner {
  private state: DuplicateScanState = { pairs: null, progress: null, error: null };
  private readonly listeners = new Set<() => void>();
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private watching = false;

  constructor(
    private readonly runScan: RunScan,
    private readonly databaseName: string,
  ) {}

  readonly getState = (): DuplicateScanState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Scans now (or right after the running scan), and from then on after every change that matters. */
  scan(): void {
    this.watch();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  /** Scans unless a scan has ended or runs: from then on the pairs follow the library by themselves. */
  ensureScanned(): void {
    if (this.state.pairs === null && !this.running) this.scan();
  }

  /** Scans after `delayMs` unless a scan was asked for meanwhile: the first count, without slowing the start. */
  scanSoon(delayMs: number): void {
    if (this.timer !== null || this.running || this.state.pairs !== null) return;
    this.timer = setTimeout(() => this.scan(), delayMs);
  }

  /** Drops pairs at once (one the user settled, or every pair of a merged record); the next scan agrees. */
  forget(settled: (pair: NearDuplicatePair) => boolean): void {
    if (this.state.pairs === null) return;
    this.set({ pairs: this.state.pairs.filter((pair) => !settled(pair)) });
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.watching) Dexie.on.storagemutated.unsubscribe(this.onChange);
    this.watching = false;
  }

  private set(patch: Partial<DuplicateScanState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private async run(): Promise<void> {
    this.running = true;
    this.again = false;
    this.set({ progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const pairs = await this.runScan((progress) => this.set({ progress }));
      this.set({ pairs, error: null });
    } catch (error) {
      this.set({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.running = false;
      this.set({ progress: null });
    }
    if (this.again) this.scan();
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    Dexie.on.storagemutated.subscribe(this.onChange);
  }

  private readonly onChange = (parts: ObservabilitySet): void => {
    const prefix = `idb://${this.databaseName}/`;
    const matters = Object.keys(parts).some(
      (part) => part === 'all' || part.startsWith(`${prefix}abstractKeys/`) || part.startsWith(`${prefix}distinctPairs/`),
    );
    if (!matters) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.scan(), RESCAN_DELAY_MS);
  };
}

let scanner: DuplicateScanner | null = null;

/** The page's scanner of the app's library, its scans run by the duplicates worker. */
export function duplicateScanner(): DuplicateScanner {
  scanner ??= new DuplicateScanner(workerScan(appDb.name), appDb.name);
  return scanner;
}
