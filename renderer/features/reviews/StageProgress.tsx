import type { ReactNode } from 'react';
import type { ScreeningProgress } from '../../../shared/screening/progress';

/** "12 of 26 screened · 3 included · 8 excluded · 1 maybe", as a description list with a bar. */
export function StageProgress({ progress, label }: { progress: ScreeningProgress; label: string }): ReactNode {
  return (
    <div className="stage-progress">
      <progress className="stage-progress-bar" max={Math.max(progress.total, 1)} value={progress.screened} aria-label={`${label} progress`} />
      <dl className="stage-progress-counts">
        <div>
          <dt>Screened</dt>
          <dd>
            {progress.screened.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}
          </dd>
        </div>
        <div>
          <dt>Included</dt>
          <dd>{progress.included.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Excluded</dt>
          <dd>{progress.excluded.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Maybe</dt>
          <dd>{progress.maybe.toLocaleString('en-US')}</dd>
        </div>
      </dl>
    </div>
  );
}
