import type { ReactNode } from 'react';
import type { ImportProgress } from '../../../shared/import/types';
import { useImport, type SavedCount } from './import-context';
import { countsText, errorText, warningText } from './summary-text';
import './import.css';

function SavedLine({ label, saved }: { label: string; saved: SavedCount }): ReactNode {
  return (
    <div className="import-progress">
      <span className="import-progress-label">
        {label} ({saved.written.toLocaleString('en-US')} of {saved.total.toLocaleString('en-US')} abstracts)
      </span>
      <progress aria-label={label} max={saved.total} value={saved.written} />
    </div>
  );
}

function ProgressLine({ label, progress }: { label: string; progress: ImportProgress | null }): ReactNode {
  const known = progress !== null && progress.filesTotal > 0;
  return (
    <div className="import-progress">
      <span className="import-progress-label">
        {label}
        {known && ` (${Math.min(progress.filesDone + 1, progress.filesTotal)} of ${progress.filesTotal})`}
      </span>
      <progress
        aria-label={label}
        max={known ? progress.filesTotal : undefined}
        value={known ? progress.filesDone : undefined}
      />
      {progress?.fileName && <span className="import-progress-file">{progress.fileName}</span>}
    </div>
  );
}

/**
 * The import's progress and outcome. The `status` region is always in the page so assistive
 * technology announces each new result; failures are `alert`s.
 */
export function ImportActivityPanel(): ReactNode {
  const { activity, dismiss } = useImport();
  const summary = activity.phase === 'done' ? activity.summary : null;
  const errors = summary?.errors ?? [];
  const warnings = summary?.warnings ?? [];
  const hasOutcome = summary !== null || activity.phase === 'failed';
  return (
    <section
      aria-label="Import activity"
      className="import-activity"
      data-empty={activity.phase === 'idle' || undefined}
    >
      {activity.phase === 'running' &&
        (activity.saved === undefined ? (
          <ProgressLine label={activity.label} progress={activity.progress} />
        ) : (
          <SavedLine label={activity.label} saved={activity.saved} />
        ))}
      <div role="status" className="import-status">
        {summary && <p className="import-counts">{countsText(summary)}</p>}
        {warnings.length > 0 && (
          <ul className="import-warnings" aria-label="Import warnings">
            {warnings.map((warning, index) => (
              <li key={index}>{warningText(warning)}</li>
            ))}
          </ul>
        )}
      </div>
      {(errors.length > 0 || activity.phase === 'failed') && (
        <div role="alert" className="import-errors">
          {activity.phase === 'failed' && <p>{activity.message}</p>}
          {errors.map((problem, index) => (
            <p key={index}>{errorText(problem)}</p>
          ))}
        </div>
      )}
      {hasOutcome && (
        <button type="button" className="link-button import-dismiss" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
