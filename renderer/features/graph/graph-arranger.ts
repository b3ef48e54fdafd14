import { animateNodes } from 'sigma/utils';
import type { GraphData } from '../../db/links/graph-data';
import { key, type LinkGraph } from './graph-model';
import { layoutIterations, runLayout } from './layout';

/** Above this many nodes a finished layout is applied at once instead of animated. */
const ANIMATE_LIMIT = 2000;
/** A layout progress update may take at most one part in this many of the main thread's time. */
const PROGRESS_SHARE = 5;

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Runs ForceAtlas2 in a worker over the graph sigma shows and moves its nodes to the result. Nodes
 * a finished layout placed are held still by later ones, so a filter moves only what it brings.
 */
export class GraphArranger {
  private cancelLayout: (() => void) | null = null;
  private stopAnimation: (() => void) | null = null;
  /** Nodes a finished layout has placed: later layouts hold them still and move only the others. */
  private readonly settled = new Set<string>();
  /** The edges those layouts pulled on: a node with a link they never saw moves again. */
  private readonly settledEdges = new Set<string>();

  constructor(
    private readonly graph: () => LinkGraph,
    /** How long sigma's last frame took to draw: a layout update costs its move and the frame it brings. */
    private readonly lastRenderMs: () => number,
    private readonly onArranging: (arranging: boolean) => void,
  ) {}

  /** Lets the ends of links no finished layout saw move again. */
  unsettleNewlyLinked(data: GraphData): void {
    for (const edge of data.edges) {
      if (this.settledEdges.has(key(edge.id))) continue;
      this.settled.delete(key(edge.from));
      this.settled.delete(key(edge.to));
    }
  }

  /** Cancels a layout coming or running, and the glide to its result. */
  stop(): void {
    const cancel = this.cancelLayout;
    this.cancelLayout = null;
    cancel?.();
    this.stopAnimation?.();
    this.stopAnimation = null;
  }

  /**
   * Says a layout is coming and starts it once the frame showing the new set is out: building its
   * arrays and starting the worker would otherwise delay that frame.
   */
  arrangeAfterFrame(): void {
    if (this.graph().size === 0 || this.graph().everyNode((node) => this.settled.has(node))) {
      this.onArranging(false);
      return;
    }
    this.onArranging(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        this.cancelLayout = null;
        this.arrange();
      }, 0);
    });
    this.cancelLayout = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }

  /** Runs ForceAtlas2 in a worker from the current positions, holding settled nodes still, then moves the nodes to the result. */
  private arrange(): void {
    this.stop();
    const nodes = this.graph().nodes();
    if (this.graph().size === 0) {
      this.onArranging(false);
      return;
    }
    const index = new Map(nodes.map((node, position) => [node, position]));
    const positions = new Float32Array(nodes.length * 2);
    const fixed = new Uint8Array(nodes.length);
    nodes.forEach((node, position) => {
      const { x, y } = this.graph().getNodeAttributes(node);
      positions[2 * position] = x;
      positions[2 * position + 1] = y;
      if (this.settled.has(node)) fixed[position] = 1;
    });
    const ends = new Uint32Array(this.graph().size * 2);
    let at = 0;
    this.graph().forEachEdge((_edge, _attributes, source, target) => {
      ends[at++] = index.get(source) ?? 0;
      ends[at++] = index.get(target) ?? 0;
    });
    this.onArranging(true);
    // A large graph moves as the layout runs; a small one settles in well under a second and glides once to the result.
    const progress = nodes.length > ANIMATE_LIMIT && !prefersReducedMotion() ? this.throttledMove(nodes) : undefined;
    const layout = runLayout({ positions, ends, fixed, iterations: layoutIterations(nodes.length, this.graph().size) }, progress);
    this.cancelLayout = layout.cancel;
    void layout.done.then((result) => {
      if (this.cancelLayout !== layout.cancel) return;
      this.cancelLayout = null;
      if (result === null) {
        this.onArranging(false);
        return;
      }
      for (const node of nodes) this.settled.add(node);
      this.graph().forEachEdge((edge) => this.settledEdges.add(edge));
      this.place(nodes, result);
    });
  }

  /**
   * Moves the nodes to the layout's progress, skipping updates while the last one's cost (the move and
   * the frame it redraws) is not yet repaid PROGRESS_SHARE times over, so at 100k nodes the main thread stays mostly free to pan and filter.
   */
  private throttledMove(nodes: string[]): (positions: Float32Array) => void {
    let nextAt = 0;
    return (positions) => {
      const started = performance.now();
      if (started < nextAt) return;
      this.move(nodes, positions);
      const cost = performance.now() - started + this.lastRenderMs();
      nextAt = started + cost * PROGRESS_SHARE;
    };
  }

  /** Puts the nodes where the running layout has them now. */
  private move(nodes: string[], positions: Float32Array): void {
    const index = new Map(nodes.map((node, position) => [node, position]));
    this.graph().updateEachNodeAttributes(
      (node, attributes) => {
        const position = index.get(node);
        if (position === undefined) return attributes;
        attributes.x = positions[2 * position] ?? attributes.x;
        attributes.y = positions[2 * position + 1] ?? attributes.y;
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private place(nodes: string[], result: Float32Array): void {
    const done = (): void => {
      this.stopAnimation = null;
      this.onArranging(false);
    };
    if (prefersReducedMotion() || nodes.length > ANIMATE_LIMIT) {
      this.move(nodes, result);
      done();
      return;
    }
    const targets: Record<string, { x: number; y: number }> = {};
    nodes.forEach((node, position) => {
      if (this.graph().hasNode(node)) targets[node] = { x: result[2 * position] ?? 0, y: result[2 * position + 1] ?? 0 };
    });
    this.stopAnimation = animateNodes(this.graph(), targets, { duration: 400 }, done);
  }
}
