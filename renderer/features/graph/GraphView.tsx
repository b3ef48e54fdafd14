import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphData } from '../../db/links/graph-data';
import { useGraphData } from './use-graph-data';
import { allLinkTypes } from '../../db/links/link-types';
import { GraphCanvas } from './GraphCanvas';
import { GraphFilters } from './GraphFilters';
import { FindNode } from './FindNode';
import { NO_GRAPH_FILTER, typesInUse, type GraphFilter } from './graph-filter';
import { buildGraphIndex } from './graph-index';
import { filterIndex } from './index-filter';
import { drawnGraph } from './drawn-graph';
import { DEFAULT_DRAW_LIMIT, type DrawLimit } from './draw-limit';
import type { GraphMarks, GraphRenderer } from './graph-renderer';
import './graph.css';

export interface GraphViewProps {
  /** The abstract open in the reader, where a neighbourhood starts; null for none. */
  openId: number | null;
  /** Opens an abstract in the reader (the app switches back to the library). */
  onOpen: (id: number) => void;
}

function countText(abstracts: number, links: number): string {
  const plural = (count: number, word: string): string => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(abstracts, 'abstract')}, ${plural(links, 'link')}`;
}

/** "Showing the 5,000 most linked of 99,947": said whenever the filter lets through more abstracts than are drawn. */
function capText(drawn: number, total: number): string {
  return `Showing the ${drawn.toLocaleString('en-US')} most linked of ${total.toLocaleString('en-US')}. Filter by tag or neighbourhood, or find an abstract, to see others.`;
}

function GraphScreen({ data, openId, onOpen }: GraphViewProps & { data: GraphData }): ReactNode {
  const [filter, setFilter] = useState<GraphFilter>(NO_GRAPH_FILTER);
  const [limit, setLimit] = useState<DrawLimit>(DEFAULT_DRAW_LIMIT);
  // A new object each pick, so picking the same abstract again centres it again.
  const [picking, setPicking] = useState<{ id: number } | null>(null);
  const pickedId = picking?.id ?? null;
  const [arranging, setArranging] = useState(false);
  const rendererRef = useRef<GraphRenderer | null>(null);

  const index = useMemo(() => buildGraphIndex(data), [data]);
  const filtered = useMemo(() => filterIndex(index, filter, openId), [index, filter, openId]);
  const drawn = useMemo(() => drawnGraph(index, filtered, limit ?? Infinity, [openId, pickedId]), [index, filtered, limit, openId, pickedId]);
  const shownIds = useMemo(() => new Set(data.nodes.filter((_node, position) => filtered.nodes[position] === 1).map((node) => node.id)), [data, filtered]);
  const types = useMemo(() => {
    const used = new Set(typesInUse(data.edges));
    return allLinkTypes(data.linkTypes).filter((type) => used.has(type.id));
  }, [data]);
  const marks = useMemo<GraphMarks>(() => ({ openId, pickedId }), [openId, pickedId]);
  const pickedPosition = pickedId === null ? undefined : index.positionOf.get(pickedId);
  const picked = pickedPosition === undefined || filtered.nodes[pickedPosition] !== 1 ? undefined : data.nodes[pickedPosition];

  const pick = useCallback((id: number) => setPicking({ id }), []);
  // After the canvas has drawn the pick (its effect runs first): an abstract beyond the drawn ones joins the graph first.
  useEffect(() => {
    if (picking !== null) rendererRef.current?.centreOn(picking.id);
  }, [picking]);
  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <FindNode shown={shownIds} onPick={pick} />
        {picked !== undefined && (
          <button type="button" className="button button-small" aria-label={`Open ${picked.label}`} onClick={() => onOpen(picked.id)}>
            Open
          </button>
        )}
        <div className="graph-zoom" role="group" aria-label="Zoom">
          <button type="button" className="button button-small" aria-label="Zoom in" title="Zoom in (+)" onClick={() => rendererRef.current?.zoomIn()}>
            +
          </button>
          <button type="button" className="button button-small" aria-label="Zoom out" title="Zoom out (−)" onClick={() => rendererRef.current?.zoomOut()}>
            −
          </button>
          <button type="button" className="button button-small" title="Reset view (0)" onClick={() => rendererRef.current?.resetView()}>
            Reset view
          </button>
        </div>
      </div>
      <GraphFilters
        filter={filter}
        onChange={setFilter}
        tags={data.tags}
        types={types}
        hasOpenAbstract={openId !== null}
        limit={limit}
        onLimit={setLimit}
      />
      <GraphCanvas
        data={drawn.data}
        visible={drawn.visible}
        marks={marks}
        rendererRef={rendererRef}
        onOpen={onOpen}
        onArranging={setArranging}
        arranging={arranging}
      />
      <p className="graph-status" role="status">
        {countText(filtered.nodeCount, filtered.edgeCount)}
        {arranging && <span className="graph-arranging"> · arranging…</span>}
      </p>
      {drawn.capped && (
        <p className="graph-cap" role="note">
          {capText(drawn.data.nodes.length, filtered.nodeCount)}
        </p>
      )}
    </div>
  );
}

/** The graph view: abstracts as nodes, links as edges coloured by type, with filters and Find. */
export default function GraphView(props: GraphViewProps): ReactNode {
  const data = useGraphData();
  if (data === undefined) {
    return (
      <div className="graph-view">
        <p className="graph-status" role="status">
          Loading the graph…
        </p>
      </div>
    );
  }
  return <GraphScreen {...props} data={data} />;
}
