import { useEffect, useRef, type ReactNode } from 'react';
import type { Criterion } from '../../../shared/screening/types';

interface ReasonListProps {
  reasons: readonly Criterion[];
  /** The highlighted option: 0 is "No reason", 1–9 the criteria. */
  active: number;
  onPick: (index: number) => void;
  onCancel: () => void;
}

const optionId = (index: number): string => `screening-reason-${index}`;

/**
 * The exclusion criteria, numbered for keys 1–9. The keys are screening mode's (screening-keys.ts);
 * the list takes focus so a screen reader follows the highlighted option.
 */
export function ReasonList({ reasons, active, onPick, onCancel }: ReasonListProps): ReactNode {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.focus(), []);
  const options = [
    { key: 'Enter', label: 'No reason' },
    ...reasons.map((reason, index) => ({
      key: String(index + 1),
      label: `${reason.code} ${reason.label}`.trim(),
    })),
  ];
  return (
    <div className="screening-reasons">
      <p id="screening-reasons-label" className="screening-reasons-title">
        Reason for excluding: press 1–{reasons.length}, Enter for none, Escape to cancel
      </p>
      <ul
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-labelledby="screening-reasons-label"
        aria-activedescendant={optionId(active)}
        className="screening-reason-options"
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="screening-reason"
            onClick={() => onPick(index)}
          >
            <kbd aria-hidden="true">{option.key}</kbd> {option.label}
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
