import type { ReactNode } from 'react';
import type { HighlightColor } from '../../db/annotations/types';
import { colorLabel, HIGHLIGHT_COLORS } from './colors';

interface ColorChoiceProps {
  label: string;
  value: HighlightColor | null;
  onChange: (color: HighlightColor | null) => void;
  /** Offer an "All" choice (value null), as the panel's filter does. */
  withAll?: boolean;
  counts?: ReadonlyMap<HighlightColor, number>;
}

/** A row of colour swatches acting as one radio group. */
export function ColorChoice({ label, value, onChange, withAll = false, counts }: ColorChoiceProps): ReactNode {
  const choices: (HighlightColor | null)[] = withAll ? [null, ...HIGHLIGHT_COLORS] : [...HIGHLIGHT_COLORS];
  return (
    <div role="radiogroup" aria-label={label} className="color-choice">
      {choices.map((choice) => {
        const name = choice === null ? 'All' : colorLabel(choice);
        const count = choice === null ? undefined : counts?.get(choice);
        return (
          <button
            key={choice ?? 'all'}
            type="button"
            role="radio"
            aria-checked={choice === value}
            aria-label={count === undefined ? name : `${name} (${count})`}
            title={name}
            className={choice === null ? 'color-choice-all' : 'color-choice-swatch'}
            onClick={() => onChange(choice)}
          >
            {choice === null ? 'All' : <span className={`swatch hl-${choice}`} aria-hidden="true" />}
          </button>
        );
      })}
    </div>
  );
}
