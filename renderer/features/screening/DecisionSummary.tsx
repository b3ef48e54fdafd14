import type { ReactNode } from 'react';
import type { Criterion, DecisionRow } from '../../../shared/screening/types';
import { decisionAnnouncement } from './screening-text';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** The decision already made on the record shown (when revisiting) and its screening note. */
export function DecisionSummary({
  decision,
  note,
  criteria,
}: {
  decision: DecisionRow | undefined;
  note: string | undefined;
  criteria: readonly Criterion[];
}): ReactNode {
  if (decision === undefined && !note) return null;
  return (
    <div className="screening-decision">
      {decision && (
        <p className={`screening-decided screening-decided-${decision.verdict}`}>
          Decided: {decisionAnnouncement(decision.verdict, decision.reason, criteria)}{' '}
          <span className="screening-decided-time">({timeFormat.format(decision.decidedAt)})</span>
        </p>
      )}
      {note && (
        <p className="screening-note" dir="auto">
          <span className="screening-note-label">Note:</span> {note}
        </p>
      )}
    </div>
  );
}
