/** What the layout worker is sent: node i is at (positions[2i], positions[2i+1]); edge k joins ends[2k] and ends[2k+1]. */
export interface LayoutRequest {
  positions: Float32Array;
  /** 1 for a node the layout holds where it is (placed by an earlier layout). */
  fixed: Uint8Array;
  ends: Uint32Array;
  iterations: number;
}

/** What the worker posts: the positions after some iterations, the last message with `done`. */
export interface LayoutMessage {
  positions: Float32Array;
  done: boolean;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A sunflower spiral, node by node: instant, deterministic and evenly spread, so the first frame
 * shows every node at once while the force layout runs in the background.
 */
export function spiralPosition(index: number): { x: number; y: number } {
  const radius = Math.sqrt(index + 0.5) * 10;
  const angle = index * GOLDEN_ANGLE;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** A fixed budget of ForceAtlas2 iterations: plenty for small graphs, about a second's work at 25,000 items. */
export function layoutIterations(nodeCount: number, edgeCount: number): number {
  const work = nodeCount + edgeCount;
  return Math.max(40, Math.min(600, Math.round(2_000_000 / Math.max(work, 1))));
}

type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'lectern-graph-layout' });

/**
 * Runs ForceAtlas2 off the main thread. `onProgress` is given the positions while it runs (about
 * twice a second); `done` resolves to the final positions, or to null when cancelled (or when the
 * worker fails: the positions the graph already shows are then kept).
 */
export function runLayout(
  request: LayoutRequest,
  onProgress: (positions: Float32Array) => void = () => undefined,
  createWorker: WorkerFactory = defaultWorker,
): { done: Promise<Float32Array | null>; cancel: () => void } {
  const worker = createWorker();
  let settle: (value: Float32Array | null) => void = () => undefined;
  const done = new Promise<Float32Array | null>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  const finish = (value: Float32Array | null): void => {
    finished = true;
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
    if (finished) return;
    if (event.data.done) finish(event.data.positions);
    else onProgress(event.data.positions);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish(null);
  };
  worker.postMessage(request, [request.positions.buffer, request.ends.buffer, request.fixed.buffer]);
  return { done, cancel: () => finish(null) };
}
