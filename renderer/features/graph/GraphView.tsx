import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTagAssignments, type GraphLibrary, type TagAssignments } from '../../db/links/graph-data';
import { useGraphLibrary } from './use-graph-data';
import { useGraphView } from './use-graph-view';
import { GraphCanvas } from './GraphCanvas';
import { GraphFilters } from './GraphFilters';
import { FindNode } from './FindNode';
import { NO_GRAPH_FILTER, type GraphFilter } from './graph-filter';
import { DEFAULT_DRAW_LIMIT, type DrawLimit } from './draw-limit';
import type { GraphMarks, GraphRenderer } from './graph-renderer';
import './graph.css';

export interface GraphViewProps {
  /** The abstract open in the reader, where a neighbourhood starts; null for none. */
  openId: number | null;
  /** Opens an abstract in the reader (the app switches back to the library). */
  onOpen: (id: number) => void;
}

const NO_TAGS: GraphLibrary['tags'] = [];

function countText(abstracts: number, links: number): string {
  const plural = (count: number, word: string): string => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(abstracts, 'abstract')}, ${plural(links, 'link')}`;
}

/** "Showing the 5,000 most linked of 99,947": said whenever the filter lets through more abstracts than are drawn. */
function capText(drawn: number, total: number): string {
  return `Showing the ${drawn.toLocaleString('en-US')} most linked of ${total.toLocaleString('en-US')}. Filter by tag or neighbourhood, or find an abstract, to see others.`;
}

interface GraphScreenProps extends GraphViewProps {
  /** Undefined while it loads: the canvas (and sigma, a WebGL set-up) is ready meanwhile. */
  library: GraphLibrary | undefined;
  assignments: TagAssignments | undefined;
}

function GraphScreen({ library, assignments, openId, onOpen }: GraphScreenProps): ReactNode {
  const [filter, setFilter] = useState<GraphFilter>(NO_GRAPH_FILTER);
  const [limit, setLimit] = useState<DrawLimit>(DEFAULT_DRAW_LIMIT);
  // A new object each pick, so picking the same abstract again centres it again; the title shows until the labels are read.
  const [picking, setPicking] = useState<{ id: number; title: string } | null>(null);
  const pickedId = picking?.id ?? null;
  const [arranging, setArranging] = useState(false);
  const rendererRef = useRef<GraphRenderer | null>(null);
  const { filtered, drawn, shown, types } = useGraphView(library, assignments, filter, limit ?? Infinity, { openId, pickedId });
  const marks = useMemo<GraphMarks>(() => ({ openId, pickedId }), [openId, pickedId]);
  const pickedNode = pickedId === null ? undefined : drawn.data.nodes.find((node) => node.id === pickedId);
  const pickedTitle = pickedNode === undefined ? undefined : pickedNode.label || picking?.title;

  const pick = useCallback((id: number, title: string) => setPicking({ id, title }), []);
  // After the canvas has drawn the pick (its effect runs first): an abstract beyond the drawn ones joins the graph first.
  useEffect(() => {
    if (picking !== null) rendererRef.current?.centreOn(picking.id);
  }, [picking]);
  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <FindNode shown={shown} onPick={pick} />
        {pickedId !== null && pickedTitle !== undefined && (
          <button type="button" className="button button-small" aria-label={`Open ${pickedTitle}`} onClick={() => onOpen(pickedId)}>
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
        tags={library?.tags ?? NO_TAGS}
        tagsReady={assignments !== undefined}
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
        {library === undefined ? 'Loading the graph…' : countText(filtered.nodeCount, filtered.edgeCount)}
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
  // Both read from the start; the first frame waits for the library only (the tag filter waits for the assignments).
  const library = useGraphLibrary();
  const assignments = useTagAssignments();
  return <GraphScreen {...props} library={library} assignments={assignments} />;
}
