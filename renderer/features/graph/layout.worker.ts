import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest, LayoutResult } from './layout';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(reply: LayoutResult, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** ForceAtlas2 for a fixed number of iterations, from the positions it was given. */
function layout({ positions, ends, iterations }: LayoutRequest): Float32Array {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const count = positions.length / 2;
  for (let index = 0; index < count; index += 1) {
    graph.addNode(index, { x: positions[2 * index] ?? 0, y: positions[2 * index + 1] ?? 0 });
  }
  for (let edge = 0; edge + 1 < ends.length; edge += 2) graph.addEdge(ends[edge], ends[edge + 1]);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: count > 500 };
  forceAtlas2.assign(graph, { iterations, settings });
  const result = new Float32Array(positions.length);
  graph.forEachNode((node, attributes) => {
    const index = Number(node);
    result[2 * index] = Number(attributes.x);
    result[2 * index + 1] = Number(attributes.y);
  });
  return result;
}

scope.addEventListener('message', (event) => {
  const positions = layout(event.data);
  scope.postMessage({ positions }, [positions.buffer]);
});
