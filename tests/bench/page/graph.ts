import type { GraphData } from '../../../renderer/db/links/graph-data';
import { LINK_TYPES } from '../../../renderer/db/links/link-types';
import { GraphRenderer } from '../../../renderer/features/graph/graph-renderer';
import { readGraphTheme } from '../../../renderer/features/graph/graph-theme';
import type { GraphFigures } from '../bench-api';

/** A small deterministic generator (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `nodes` abstracts and `edges` links of every built-in type. Links favour nearby ids (papers on a
 * page or in a thread), with one in five anywhere, so the layout has clusters and long edges.
 */
function syntheticGraph(nodes: number, edges: number): GraphData {
  const next = random(42);
  const graphNodes = Array.from({ length: nodes }, (_, index) => ({
    id: index + 1,
    label: `Synthetic abstract ${index + 1} on learning dynamics in regime ${(index * 7) % 97}`,
  }));
  const graphEdges = Array.from({ length: edges }, (_, index) => {
    const from = 1 + Math.floor(next() * nodes);
    const near = next() < 0.8;
    let to = near ? from + 1 + Math.floor(next() * 20) : 1 + Math.floor(next() * nodes);
    if (to > nodes || to === from) to = ((from + nodes / 2) % nodes) + 1;
    return { id: index + 1, from, to, type: LINK_TYPES[index % LINK_TYPES.length]?.id ?? 'related' };
  });
  return { nodes: graphNodes, edges: graphEdges, linkTypes: [] };
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (gl === null) return 'no WebGL2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return info === null ? String(gl.getParameter(gl.RENDERER)) : String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
}

function mouse(type: string, target: EventTarget, clientX: number, clientY: number, buttons: number): void {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY, button: 0, buttons }));
}

/**
 * Pans as a user does: a left-button drag on sigma's mouse layer, one mouse move per frame along a
 * circle, so the drag goes through sigma's own captor (and its "moving" state). Returns each
 * frame's duration while the button is held.
 */
async function panFrames(renderer: GraphRenderer, frames: number): Promise<number[]> {
  const layer = renderer.getSigma().getCanvases().mouse;
  if (layer === undefined) throw new Error('sigma has no mouse layer');
  const box = layer.getBoundingClientRect();
  const centreX = box.left + box.width / 2;
  const centreY = box.top + box.height / 2;
  const radius = Math.min(box.width, box.height) / 4;
  const at = (frame: number): [number, number] => {
    const angle = (frame / frames) * Math.PI * 2;
    return [centreX + radius * Math.cos(angle), centreY + radius * Math.sin(angle)];
  };
  const [startX, startY] = at(0);
  mouse('mousedown', layer, startX, startY, 1);
  const durations: number[] = [];
  let last = await nextFrame();
  for (let frame = 1; frame <= frames; frame += 1) {
    const [x, y] = at(frame);
    mouse('mousemove', layer, x, y, 1);
    const now = await nextFrame();
    durations.push(now - last);
    last = now;
  }
  const [endX, endY] = at(frames);
  mouse('mouseup', layer, endX, endY, 0);
  return durations;
}

/**
 * The graph view's renderer in this page at `nodes` × `edges`: time to first frame (graph built,
 * sigma drawn, the frame presented), the background ForceAtlas2 layout, and frame times while
 * panning after it.
 */
export async function graphFrames(nodes: number, edges: number, frames: number): Promise<GraphFigures> {
  const data = syntheticGraph(nodes, edges);
  const container = document.createElement('div');
  container.style.cssText = 'position:fixed;inset:0;width:1200px;height:720px;';
  document.body.append(container);
  let layoutEnded: () => void = () => undefined;
  const layoutDone = new Promise<void>((resolve) => {
    layoutEnded = resolve;
  });

  const started = performance.now();
  const renderer = new GraphRenderer(container, {
    theme: readGraphTheme(),
    onClickNode: () => undefined,
    onArranging: (arranging) => {
      if (!arranging) layoutEnded();
    },
  });
  const drawn = new Promise<void>((resolve) => renderer.getSigma().once('afterRender', () => resolve()));
  renderer.show(data, { nodes: new Set(data.nodes.map((node) => node.id)), edges: new Set(data.edges.map((edge) => edge.id)) }, { openId: null, pickedId: null });
  await drawn;
  await nextFrame();
  const firstFrameMs = performance.now() - started;
  await layoutDone;
  const layoutMs = performance.now() - started;
  await nextFrame();
  const panFrameMs = await panFrames(renderer, frames);
  renderer.kill();
  container.remove();
  return {
    nodes,
    edges,
    firstFrameMs,
    layoutMs,
    panFrameMs,
    renderer: webglRenderer(),
  };
}
