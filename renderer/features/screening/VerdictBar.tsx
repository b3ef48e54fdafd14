import type { ReactNode } from 'react';
import type { Verdict } from '../../../shared/screening/types';

const VERDICTS: { verdict: Verdict; label: string; key: string }[] = [
  { verdict: 'include', label: 'Include', key: 'I' },
  { verdict: 'exclude', label: 'Exclude', key: 'E' },
  { verdict: 'maybe', label: 'Maybe', key: 'M' },
];

interface VerdictBarProps {
  /** The record's decision at this stage, shown as the pressed button. */
  current: Verdict | null;
  disabled: boolean;
  onVerdict: (verdict: Verdict) => void;
  onNote: () => void;
  onUndo: () => void;
}

/** The three verdicts with their keys, and the note and undo actions. Exclude asks for the reason. */
export function VerdictBar({ current, disabled, onVerdict, onNote, onUndo }: VerdictBarProps): ReactNode {
  return (
    <div className="screening-verdicts" role="group" aria-label="Decision">
      {VERDICTS.map(({ verdict, label, key }) => (
        <button
          key={verdict}
          type="button"
          className={`button screening-verdict screening-verdict-${verdict}`}
          aria-pressed={current === verdict}
          aria-keyshortcuts={key}
          disabled={disabled}
          onClick={() => onVerdict(verdict)}
        >
          {label} <kbd aria-hidden="true">{key}</kbd>
        </button>
      ))}
      <span className="screening-verdicts-gap" />
      <button
        type="button"
        className="button button-small"
        aria-keyshortcuts="N"
        disabled={disabled}
        onClick={onNote}
      >
        Note <kbd aria-hidden="true">N</kbd>
      </button>
      <button type="button" className="button button-small" aria-keyshortcuts="U" onClick={onUndo}>
        Undo last <kbd aria-hidden="true">U</kbd>
      </button>
    </div>
  );
}
