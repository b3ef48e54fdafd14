/**
 * How much sigma draws while the view moves, by graph size. Where WebGL is rasterised in software
 * (no GPU) a frame costs roughly its edges and nodes in fragments, so large graphs drop edges and
 * labels for the length of a drag, zoom or camera animation and draw them again once it stops:
 * the still picture is the same at every size.
 */
export interface RenderBudget {
  hideEdgesOnMove: boolean;
  hideLabelsOnMove: boolean;
  /** Sigma's node program: `point` (one GL point a node) above the limit, else the `circle` triangle. */
  nodeType: 'circle' | 'point';
}

/** Above this many edges they are hidden while the view moves. */
export const HIDE_EDGES_ABOVE = 2_000;
/** Above this many nodes labels are hidden while the view moves. */
export const HIDE_LABELS_ABOVE = 1_000;
/** Above this many nodes they are drawn as GL points, which rasterise cheaper than triangles. */
export const POINT_NODES_ABOVE = 1_000;

export function renderBudget(nodes: number, edges: number): RenderBudget {
  return {
    hideEdgesOnMove: edges > HIDE_EDGES_ABOVE,
    hideLabelsOnMove: nodes > HIDE_LABELS_ABOVE,
    nodeType: nodes > POINT_NODES_ABOVE ? 'point' : 'circle',
  };
}
