interface MemoryPerformance {
  memory?: { usedJSHeapSize: number };
}

export const usedHeap = (): number | null => (performance as MemoryPerformance).memory?.usedJSHeapSize ?? null;

/** Two full collections, when the browser was started with --js-flags=--expose-gc; otherwise nothing. */
export async function collectGarbage(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) return;
  collect();
  await new Promise((resolve) => setTimeout(resolve, 100));
  collect();
}

/** How often the heap is read while the main thread is free; busy stretches are covered by `sample` calls. */
const SAMPLE_INTERVAL_MS = 5;

/**
 * The highest used JS heap seen from `start` to `stop`, above the heap at the start (after a
 * collection). The heap is read on a timer and on each `sample`, e.g. from progress callbacks.
 * ArrayBuffer contents live outside this heap, so bytes held as Uint8Arrays are not counted.
 */
export class HeapPeak {
  private peak: number;
  private readonly timer: ReturnType<typeof setInterval>;

  private constructor(private readonly before: number | null) {
    this.peak = before ?? 0;
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
  }

  static async start(): Promise<HeapPeak> {
    await collectGarbage();
    return new HeapPeak(usedHeap());
  }

  sample(): void {
    const used = usedHeap();
    if (used !== null && used > this.peak) this.peak = used;
  }

  /** Bytes above the starting heap, or null when the browser does not report its heap. */
  stop(): number | null {
    clearInterval(this.timer);
    this.sample();
    return this.before === null ? null : this.peak - this.before;
  }
}
