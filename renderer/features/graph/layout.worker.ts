import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutMessage, LayoutRequest } from './layout';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(reply: LayoutMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** How often positions are sent back while the layout runs, so a large graph settles in view. */
const PROGRESS_EVERY_MS = 500;

function positionsOf(graph: Graph, length: number): Float32Array {
  const result = new Float32Array(length);
  graph.forEachNode((node, attributes) => {
    const index = Number(node);
    result[2 * index] = Number(attributes.x);
    result[2 * index + 1] = Number(attributes.y);
  });
  return result;
}

/**
 * ForceAtlas2 for a fixed number of iterations, from the positions it was given, run in chunks
 * sized to take about PROGRESS_EVERY_MS each; the positions are posted back at most that often, and at the end.
 */
function layout({ positions, ends, fixed, iterations }: LayoutRequest): void {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const count = positions.length / 2;
  for (let index = 0; index < count; index += 1) {
    graph.addNode(index, { x: positions[2 * index] ?? 0, y: positions[2 * index + 1] ?? 0, fixed: fixed[index] === 1 });
  }
  for (let edge = 0; edge + 1 < ends.length; edge += 2) graph.addEdge(ends[edge], ends[edge + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 500 };
  let done = 0;
  let chunk = 1;
  // Nothing is posted before PROGRESS_EVERY_MS: an early update would land on the main thread while it draws the first frame.
  let postedAt = performance.now();
  while (done < iterations) {
    const run = Math.min(chunk, iterations - done);
    const started = performance.now();
    forceAtlas2.assign(graph, { iterations: run, settings });
    done += run;
    const now = performance.now();
    const perIteration = (now - started) / run;
    chunk = Math.max(1, Math.floor(PROGRESS_EVERY_MS / Math.max(perIteration, 0.01)));
    const finished = done >= iterations;
    if (!finished && now - postedAt < PROGRESS_EVERY_MS) continue;
    postedAt = now;
    const result = positionsOf(graph, positions.length);
    scope.postMessage({ positions: result, done: finished }, [result.buffer]);
  }
}

scope.addEventListener('message', (event) => layout(event.data));
