import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { GraphData } from '../../db/links/graph-data';
import type { VisibleGraph } from './graph-filter';
import { GraphRenderer, type GraphMarks } from './graph-renderer';
import { readGraphTheme, watchTheme } from './graph-theme';

interface GraphCanvasProps {
  data: GraphData;
  visible: VisibleGraph;
  marks: GraphMarks;
  /** Filled with the renderer while mounted, for the toolbar's zoom and Find. */
  rendererRef: RefObject<GraphRenderer | null>;
  onOpen: (id: number) => void;
  onArranging: (arranging: boolean) => void;
  arranging: boolean;
}

const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Arrow keys pan, + and - zoom, 0 resets, Enter opens the abstract picked with Find. */
function handleKey(event: KeyboardEvent<HTMLElement>, renderer: GraphRenderer, pickedId: number | null, onOpen: (id: number) => void): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const pan = PAN_KEYS[event.key];
  if (pan) renderer.panBy(pan[0], pan[1]);
  else if (event.key === '+' || event.key === '=') renderer.zoomIn();
  else if (event.key === '-' || event.key === '_') renderer.zoomOut();
  else if (event.key === '0') renderer.resetView();
  else if (event.key === 'Enter' && pickedId !== null) onOpen(pickedId);
  else return;
  event.preventDefault();
}

/**
 * The focusable `region` named "Graph": sigma draws into it with WebGL. Where WebGL is missing the
 * region says so instead of failing the whole view.
 */
export function GraphCanvas({ data, visible, marks, rendererRef, onOpen, onArranging, arranging }: GraphCanvasProps): ReactNode {
  const stageRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const handlers = useRef({ onOpen, onArranging });
  handlers.current = { onOpen, onArranging };

  useEffect(() => {
    const stage = stageRef.current;
    if (stage === null) return undefined;
    let renderer: GraphRenderer;
    try {
      renderer = new GraphRenderer(stage, {
        theme: readGraphTheme(),
        onClickNode: (id) => handlers.current.onOpen(id),
        onArranging: (value) => handlers.current.onArranging(value),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    }
    rendererRef.current = renderer;
    const stopWatching = watchTheme(() => renderer.setTheme(readGraphTheme()));
    return () => {
      stopWatching();
      rendererRef.current = null;
      renderer.kill();
    };
  }, [rendererRef]);

  useEffect(() => {
    rendererRef.current?.show(data, visible, marks);
  }, [rendererRef, data, visible, marks]);

  return (
    <div
      role="region"
      aria-label="Graph"
      aria-busy={arranging}
      aria-describedby="graph-keys"
      tabIndex={0}
      className="graph-canvas"
      onKeyDown={(event) => {
        const renderer = rendererRef.current;
        if (renderer !== null) handleKey(event, renderer, marks.pickedId, onOpen);
      }}
    >
      <div ref={stageRef} className="graph-stage" />
      {failure !== null && (
        <p className="graph-failure" role="alert">
          The graph could not be drawn; it needs WebGL. ({failure})
        </p>
      )}
      <p id="graph-keys" className="visually-hidden">
        Arrow keys pan, plus and minus zoom, 0 resets the view. Click a node to open its abstract.
      </p>
    </div>
  );
}
