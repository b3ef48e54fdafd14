import { useId, type ReactNode } from 'react';
import type { MergeField, MergeSide } from '../../db/duplicates/merge-fields';
import type { AbstractRow } from '../../db/schema/row-types';
import { fieldValueText, textDetails } from './value-text';

interface FieldChoiceProps {
  field: MergeField;
  label: string;
  survivor: AbstractRow;
  loser: AbstractRow;
  value: MergeSide;
  onChange: (side: MergeSide) => void;
}

const SIDES: readonly { side: MergeSide; caption: string }[] = [
  { side: 'survivor', caption: 'Older record' },
  { side: 'loser', caption: 'Newer record' },
];

/**
 * One field the two records disagree on, as a radio group named by the field: each record's value
 * is a choice (named by the value itself), the older record's first. Arrow keys move between them.
 */
export function FieldChoice({ field, label, survivor, loser, value, onChange }: FieldChoiceProps): ReactNode {
  const labelId = useId();
  const name = useId();
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="merge-field">
      <p id={labelId} className="merge-field-label">
        {label}
      </p>
      <div className="merge-field-options">
        {SIDES.map(({ side, caption }) => {
          const row = side === 'survivor' ? survivor : loser;
          const valueId = `${name}-${side}-value`;
          const captionId = `${name}-${side}-caption`;
          return (
            <label key={side} className={field === 'text' ? 'merge-option merge-option-text' : 'merge-option'}>
              <input type="radio" name={name} checked={value === side} onChange={() => onChange(side)} aria-labelledby={valueId} aria-describedby={captionId} />
              <span className="merge-option-body">
                <span className="merge-option-value" id={valueId} dir="auto">
                  {fieldValueText(row, field)}
                </span>
                <span className="merge-option-caption" id={captionId}>
                  {field === 'text' ? `${caption} · ${textDetails(row)}` : caption}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
