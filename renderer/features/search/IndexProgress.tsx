import type { ReactNode } from 'react';
import { useIndexStatus } from './search-api';

/** A thin bar while the search index is (re)built in the background; searching still works meanwhile. */
export function IndexProgress(): ReactNode {
  const status = useIndexStatus();
  if (status.state !== 'building') return null;
  const total = Math.max(status.total, 1);
  const done = Math.min(status.done, total);
  return (
    <div className="search-progress">
      <div
        role="progressbar"
        aria-label="Building the search index"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done.toLocaleString('en-US')} of ${status.total.toLocaleString('en-US')} abstracts indexed`}
        className="search-progress-track"
      >
        <div className="search-progress-bar" style={{ width: `${(100 * done) / total}%` }} />
      </div>
      <span className="search-progress-label">Indexing…</span>
    </div>
  );
}
