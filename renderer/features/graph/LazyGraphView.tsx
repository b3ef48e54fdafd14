import { lazy, Suspense, type ReactNode } from 'react';
import type { GraphViewProps } from './GraphView';

// sigma and graphology load with the view, keeping them out of the start-up bundle.
const GraphView = lazy(() => import('./GraphView'));

/** The graph view, fetched on first use. */
export function LazyGraphView(props: GraphViewProps): ReactNode {
  return (
    <Suspense
      fallback={
        <p className="graph-loading" role="status">
          Loading the graph…
        </p>
      }
    >
      <GraphView {...props} />
    </Suspense>
  );
}
