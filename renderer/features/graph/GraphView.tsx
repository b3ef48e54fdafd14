import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GraphData } from '../../db/links/graph-data';
import { useGraphData } from './use-graph-data';
import { allLinkTypes } from '../../db/links/link-types';
import { GraphCanvas } from './GraphCanvas';
import { GraphFilters } from './GraphFilters';
import { FindNode } from './FindNode';
import { NO_GRAPH_FILTER, typesInUse, visibleGraph, type GraphFilter } from './graph-filter';
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

function GraphScreen({ data, openId, onOpen }: GraphViewProps & { data: GraphData }): ReactNode {
  const [filter, setFilter] = useState<GraphFilter>(NO_GRAPH_FILTER);
  const [pickedId, setPickedId] = useState<number | null>(null);
  const [arranging, setArranging] = useState(false);
  const rendererRef = useRef<GraphRenderer | null>(null);

  const visible = useMemo(() => visibleGraph(data, filter, openId), [data, filter, openId]);
  const shownNodes = useMemo(() => data.nodes.filter((node) => visible.nodes.has(node.id)), [data, visible]);
  const types = useMemo(() => {
    const used = new Set(typesInUse(data.edges));
    return allLinkTypes(data.linkTypes).filter((type) => used.has(type.id));
  }, [data]);
  const marks = useMemo<GraphMarks>(() => ({ openId, pickedId }), [openId, pickedId]);
  const picked = pickedId === null ? undefined : shownNodes.find((node) => node.id === pickedId);

  const pick = useCallback((id: number) => {
    setPickedId(id);
    rendererRef.current?.centreOn(id);
  }, []);

  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <FindNode nodes={shownNodes} onPick={pick} />
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
      <GraphFilters filter={filter} onChange={setFilter} tags={data.tags} types={types} hasOpenAbstract={openId !== null} />
      <GraphCanvas
        data={data}
        visible={visible}
        marks={marks}
        rendererRef={rendererRef}
        onOpen={onOpen}
        onArranging={setArranging}
        arranging={arranging}
      />
      <p className="graph-status" role="status">
        {countText(visible.nodes.size, visible.edges.size)}
        {arranging && <span className="graph-arranging"> · arranging…</span>}
      </p>
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
