import type { ReactNode } from 'react';
import type { ScreeningOrder } from '../../../shared/screening/types';
import type { RankEstimate, ScreeningProgress } from './screening-data';
import { ORDER_LABELS, pluralise } from './screening-text';

interface ProgressProps {
  progress: ScreeningProgress;
  /** undefined until the first ranking answers; null when there are too few decisions. */
  estimate: RankEstimate | null | undefined;
  order: ScreeningOrder;
}

/** The estimate is a fitted expectation: whole records read better, and its interval is wide anyway. */
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

function StoppingAid({
  estimate,
  finished,
}: {
  estimate: RankEstimate | null | undefined;
  finished: boolean;
}): ReactNode {
  if (finished) return <p className="screening-estimate">No records left unseen</p>;
  if (estimate === undefined)
    return <p className="screening-estimate">Estimating the relevant records left…</p>;
  if (estimate === null) return <p className="screening-estimate">Too few decisions to estimate</p>;
  return (
    <p
      className="screening-estimate"
      title="Estimated by the ranking model from the decisions so far; a guide, not a guarantee"
    >
      About {count(estimate.remaining)} relevant {Math.round(estimate.remaining) === 1 ? 'record' : 'records'}{' '}
      left ({count(estimate.low)}–{count(estimate.high)})
    </p>
  );
}

/** Screened of total, the verdict counts, and the stopping aid: decisions since the last inclusion and the estimate. */
export function ScreeningProgressPanel({ progress, estimate, order }: ProgressProps): ReactNode {
  return (
    <section className="screening-progress" aria-label="Progress">
      <p className="screening-count">
        <strong>{progress.screened.toLocaleString('en-US')}</strong> of{' '}
        {progress.total.toLocaleString('en-US')} screened
      </p>
      <div
        className="screening-bar"
        role="progressbar"
        aria-label="Screened"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.screened}
      >
        <span
          className="screening-bar-fill"
          style={{ width: `${progress.total === 0 ? 0 : (100 * progress.screened) / progress.total}%` }}
        />
      </div>
      <dl className="screening-tallies">
        <div className="screening-tally screening-tally-include">
          <dt>Included</dt>
          <dd>{progress.included.toLocaleString('en-US')}</dd>
        </div>
        <div className="screening-tally screening-tally-exclude">
          <dt>Excluded</dt>
          <dd>{progress.excluded.toLocaleString('en-US')}</dd>
        </div>
        <div className="screening-tally screening-tally-maybe">
          <dt>Maybe</dt>
          <dd>{progress.maybe.toLocaleString('en-US')}</dd>
        </div>
      </dl>
      <p className="screening-since">
        {pluralise(progress.sinceLastInclusion, 'decision')} since the last inclusion
      </p>
      <StoppingAid estimate={estimate} finished={progress.total > 0 && progress.screened >= progress.total} />
      <p className="screening-order">
        Order: <span className="screening-order-name">{ORDER_LABELS[order]}</span>
      </p>
    </section>
  );
}
