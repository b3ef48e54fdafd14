import { useId, type ReactNode } from 'react';
import type { Criterion } from '../../../shared/screening/types';
import { MAX_EXCLUSION_CRITERIA, newCriterion, type CriterionDraft } from './review-form';

interface CriteriaEditorProps {
  criteria: CriterionDraft[];
  onChange: (criteria: CriterionDraft[]) => void;
  /** Messages by criterion key, shown under the row they are about. */
  errors: ReadonlyMap<number, string> | undefined;
}

const HEADINGS: Record<Criterion['kind'], string> = { include: 'Inclusion criteria', exclude: 'Exclusion criteria' };

/** Inclusion and exclusion criteria, each a short code and a label; exclusion ones are numbered by the key that picks them. */
export function CriteriaEditor({ criteria, onChange, errors }: CriteriaEditorProps): ReactNode {
  return (
    <div className="criteria-editor">
      <CriteriaGroup kind="include" criteria={criteria} onChange={onChange} errors={errors} />
      <CriteriaGroup kind="exclude" criteria={criteria} onChange={onChange} errors={errors} />
    </div>
  );
}

function CriteriaGroup({ kind, criteria, onChange, errors }: CriteriaEditorProps & { kind: Criterion['kind'] }): ReactNode {
  const headingId = useId();
  const rows = criteria.filter((criterion) => criterion.kind === kind);
  const full = kind === 'exclude' && rows.length >= MAX_EXCLUSION_CRITERIA;
  const noun = kind === 'include' ? 'inclusion' : 'exclusion';
  const update = (key: number, patch: Partial<CriterionDraft>): void =>
    onChange(criteria.map((criterion) => (criterion.key === key ? { ...criterion, ...patch } : criterion)));
  return (
    <fieldset className="criteria-group" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        {HEADINGS[kind]}
      </legend>
      {rows.length === 0 && <p className="field-hint">None yet.</p>}
      <ol className="criteria-rows">
        {rows.map((criterion, index) => {
          const error = errors?.get(criterion.key);
          const errorId = `${headingId}-${criterion.key}`;
          const position = `${HEADINGS[kind].replace(' criteria', '')} criterion ${index + 1}`;
          return (
            <li key={criterion.key} className="criteria-row">
              <span className="criteria-number" aria-hidden="true">
                {kind === 'exclude' ? index + 1 : '•'}
              </span>
              <input
                type="text"
                className="criteria-code"
                aria-label={`${position} code`}
                aria-invalid={error !== undefined}
                aria-describedby={error !== undefined ? errorId : undefined}
                value={criterion.code}
                maxLength={12}
                onChange={(event) => update(criterion.key, { code: event.target.value })}
              />
              <input
                type="text"
                className="criteria-label"
                aria-label={`${position} label`}
                aria-invalid={error !== undefined}
                aria-describedby={error !== undefined ? errorId : undefined}
                placeholder={kind === 'include' ? 'e.g. Randomised trial' : 'e.g. Wrong population'}
                value={criterion.label}
                onChange={(event) => update(criterion.key, { label: event.target.value })}
              />
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove ${position.toLowerCase()}`}
                onClick={() => onChange(criteria.filter((other) => other.key !== criterion.key))}
              >
                Remove
              </button>
              {error !== undefined && (
                <p id={errorId} className="field-error criteria-error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-small criteria-add" disabled={full} onClick={() => onChange([...criteria, newCriterion(kind, criteria)])}>
        Add {noun} criterion
      </button>
    </fieldset>
  );
}
