import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { GraphData } from '../../db/links/graph-data';
import { themedHover } from './draw-hover';
import type { VisibleGraph } from './graph-filter';
import { graphDifference, patchLinkGraph, worthPatching } from './graph-patch';
import { createLinkGraph, sameTopology, syncLinkGraph, type EdgeAttributes, type LinkGraph, type NodeAttributes } from './graph-model';
import type { GraphTheme } from './graph-theme';
import { GraphArranger, prefersReducedMotion } from './graph-arranger';
import { renderBudget, type RenderBudget } from './render-budget';
import { viewChanges } from './view-changes';

/** What the graph marks: the open abstract and the one picked with Find. */
export interface GraphMarks {
  openId: number | null;
  pickedId: number | null;
}

export interface GraphRendererOptions {
  theme: GraphTheme;
  onClickNode: (id: number) => void;
  /** Told when a layout starts (true) and ends (false). */
  onArranging?: (arranging: boolean) => void;
}

const PAN_STEP = 0.15;
const ZOOM_FACTOR = 1.5;

/**
 * The link graph drawn by sigma (WebGL) in a container: data in, filter and marks applied through
 * sigma's reducers (so filtering never rebuilds the graph or moves a node), ForceAtlas2 run in a
 * worker whenever nodes or edges come or go, and the camera moves the toolbar and keys ask for.
 */
export class GraphRenderer {
  private graph: LinkGraph = createLinkGraph();
  /** The data last shown, so a new filter over the same data skips comparing every title and link. */
  private data: GraphData | null = null;
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private visible: VisibleGraph | null = null;
  private marks: GraphMarks = { openId: null, pickedId: null };
  private theme: GraphTheme;
  /** An empty graph sigma holds while the shown one is patched. */
  private readonly detached: LinkGraph = createLinkGraph();
  private budget: RenderBudget = renderBudget(0, 0);
  /** How long sigma's last frame took to draw: a layout update costs its move and the frame it brings. */
  private lastRenderMs = 0;
  private readonly arranger: GraphArranger;
  /** Where every node drawn so far was last seen, so an abstract a filter hid comes back to its place. */
  private readonly remembered = new Map<string, { x: number; y: number }>();

  constructor(
    container: HTMLElement,
    options: GraphRendererOptions,
  ) {
    this.theme = options.theme;
    this.arranger = new GraphArranger(() => this.graph, () => this.lastRenderMs, (arranging) => options.onArranging?.(arranging));
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
      allowInvalidContainer: true,
      zIndex: true,
      labelRenderedSizeThreshold: 5,
      labelFont: getComputedStyle(container).fontFamily || 'system-ui, sans-serif',
      labelSize: 12,
      nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
      ...this.themeSettings(),
      nodeReducer: (node, data) => {
        const id = Number(node);
        if (this.visible !== null && !this.visible.nodes.has(id)) return { ...data, hidden: true };
        const marked = id === this.marks.openId || id === this.marks.pickedId;
        const type = this.budget.nodeType;
        return marked
          ? { ...data, type, color: this.theme.accent, forceLabel: true, highlighted: id === this.marks.pickedId, zIndex: 1 }
          : { ...data, type, color: this.theme.node };
      },
      edgeReducer: (edge, data) => (this.visible !== null && !this.visible.edges.has(Number(edge)) ? { ...data, hidden: true } : data),
    });
    let renderStarted = 0;
    this.sigma.on('beforeRender', () => {
      renderStarted = performance.now();
    });
    this.sigma.on('afterRender', () => {
      this.lastRenderMs = performance.now() - renderStarted;
    });
    this.sigma.on('clickNode', ({ node }) => options.onClickNode(Number(node)));
    this.sigma.on('enterNode', () => container.classList.add('graph-canvas-pointing'));
    this.sigma.on('leaveNode', () => container.classList.remove('graph-canvas-pointing'));
  }

  private themeSettings(): Pick<Settings<NodeAttributes, EdgeAttributes>, 'labelColor' | 'defaultDrawNodeHover'> {
    return { labelColor: { color: this.theme.label }, defaultDrawNodeHover: themedHover<NodeAttributes, EdgeAttributes>(this.theme) };
  }

  /** The sigma instance, for measuring frames (the bench). */
  getSigma(): Sigma<NodeAttributes, EdgeAttributes> {
    return this.sigma;
  }

  /**
   * Shows the data under the filter and marks. When the drawn set changes, the graph is patched in
   * place if most of it stays (the nodes that stay keep their places), else built anew; either way
   * sigma indexes it once, and a layout moves only what has not settled. Otherwise titles and
   * colours are updated in place and only what the filter or marks changed is redrawn.
   */
  show(data: GraphData, visible: VisibleGraph, marks: GraphMarks): void {
    const known = data === this.data;
    this.data = data;
    // A filter or mark change hands over the same data: only the view needs a look.
    if (known || sameTopology(this.graph, data)) {
      if (!known) syncLinkGraph(this.graph, data);
      this.setView(visible, marks);
      return;
    }
    this.graph.forEachNode((node, attributes) => this.remembered.set(node, { x: attributes.x, y: attributes.y }));
    this.arranger.unsettleNewlyLinked(data);
    this.arranger.stop();
    this.visible = visible;
    this.marks = marks;
    const difference = graphDifference(this.graph, data);
    const patching = worthPatching(difference, this.graph.order);
    if (patching && difference.dropped === 0 && difference.droppedEdges === 0) {
      // Only additions: sigma indexes each as it comes, and processes the graph once at the next frame.
      this.applyBudget(renderBudget(data.nodes.length, data.edges.length));
      patchLinkGraph(this.graph, data, this.remembered);
    } else if (patching) {
      // Sigma re-indexes the whole graph on every node dropped while it listens: it lets go for the patch and indexes once after.
      this.sigma.setGraph(this.detached);
      patchLinkGraph(this.graph, data, this.remembered);
      this.applyBudget(renderBudget(this.graph.order, this.graph.size));
      this.sigma.setGraph(this.graph);
    } else {
      const graph = createLinkGraph();
      syncLinkGraph(graph, data, this.remembered);
      this.applyBudget(renderBudget(graph.order, graph.size));
      this.graph = graph;
      // setGraph draws now, not scheduled: a scheduled first frame waited behind the layout worker's start (5k × 20k: ~1.6 s, not ~0.7 s).
      this.sigma.setGraph(graph);
    }
    this.arranger.arrangeAfterFrame();
  }

  /**
   * Fits what sigma draws while moving, and how it draws nodes, to the graph's size. Set while the
   * old graph is still shown: each setting sigma is given re-indexes the graph it holds.
   */
  private applyBudget(budget: RenderBudget): void {
    if (budget.hideEdgesOnMove !== this.budget.hideEdgesOnMove) this.sigma.setSetting('hideEdgesOnMove', budget.hideEdgesOnMove);
    if (budget.hideLabelsOnMove !== this.budget.hideLabelsOnMove) this.sigma.setSetting('hideLabelsOnMove', budget.hideLabelsOnMove);
    this.budget = budget;
  }

  /**
   * Applies the filter and marks, redrawing only the nodes and edges whose look they change. A
   * filter that only hides rewrites those items where they lie; anything shown again, or a mark
   * (drawn on top), has sigma index the whole graph again.
   */
  private setView(visible: VisibleGraph, marks: GraphMarks): void {
    const changes = viewChanges(this.graph, { visible: this.visible, marks: this.marks }, { visible, marks });
    this.visible = visible;
    this.marks = marks;
    if (changes.nodes.length === 0 && changes.edges.length === 0) return;
    this.sigma.refresh({ partialGraph: changes, skipIndexation: changes.onlyHidden });
  }

  setTheme(theme: GraphTheme): void {
    this.theme = theme;
    this.sigma.setSettings(this.themeSettings());
  }

  /** Pans by a share of the view: (1, 0) moves the view right by PAN_STEP of its width. */
  panBy(dx: number, dy: number): void {
    const camera = this.sigma.getCamera();
    const step = PAN_STEP * camera.ratio;
    this.moveCamera({ x: camera.x + dx * step, y: camera.y + dy * step });
  }

  zoomIn(): void {
    this.moveCamera({ ratio: this.sigma.getCamera().ratio / ZOOM_FACTOR });
  }

  zoomOut(): void {
    this.moveCamera({ ratio: this.sigma.getCamera().ratio * ZOOM_FACTOR });
  }

  resetView(): void {
    this.moveCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Brings a node to the middle of the view, zooming in if the view is wide. */
  centreOn(id: number): void {
    const shown = this.sigma.getNodeDisplayData(String(id));
    if (shown === undefined) return;
    this.moveCamera({ x: shown.x, y: shown.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.6) });
  }

  kill(): void {
    this.arranger.stop();
    this.sigma.kill();
  }

  private moveCamera(state: { x?: number; y?: number; ratio?: number; angle?: number }): void {
    const camera = this.sigma.getCamera();
    if (prefersReducedMotion()) camera.setState(state);
    else void camera.animate(state, { duration: 200 });
  }
}
