import { useId, type ReactNode, type RefObject } from 'react';
import { CriteriaEditor } from './CriteriaEditor';
import type { DraftErrors, ReviewDraft } from './review-form';

interface ReviewFormFieldsProps {
  draft: ReviewDraft;
  onChange: (draft: ReviewDraft) => void;
  /** Shown once the user has tried to save. */
  errors: DraftErrors;
  nameRef: RefObject<HTMLInputElement | null>;
}

/** A review's name, question, criteria and keywords: the fields New review and Edit review share. */
export function ReviewFormFields({ draft, onChange, errors, nameRef }: ReviewFormFieldsProps): ReactNode {
  const ids = { name: useId(), question: useId(), include: useId(), exclude: useId(), keywordsHint: useId() };
  const set = (patch: Partial<ReviewDraft>): void => onChange({ ...draft, ...patch });
  return (
    <>
      <TextField id={ids.name} label="Name" error={errors.name}>
        {(describedBy) => (
          <input
            ref={nameRef}
            id={ids.name}
            type="text"
            value={draft.name}
            aria-invalid={errors.name !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => set({ name: event.target.value })}
          />
        )}
      </TextField>
      <TextField id={ids.question} label="Question" error={errors.question}>
        {(describedBy) => (
          <textarea
            id={ids.question}
            rows={2}
            value={draft.question}
            aria-invalid={errors.question !== undefined}
            aria-describedby={describedBy}
            onChange={(event) => set({ question: event.target.value })}
          />
        )}
      </TextField>
      <CriteriaEditor criteria={draft.criteria} onChange={(criteria) => set({ criteria })} errors={errors.criteria} />
      {errors.criteriaList !== undefined && <p className="field-error">{errors.criteriaList}</p>}
      <div className="keywords-fields">
        <div className="field">
          <label className="field-label" htmlFor={ids.include}>
            Inclusion keywords
          </label>
          <input id={ids.include} type="text" value={draft.includeKeywords} aria-describedby={ids.keywordsHint} onChange={(event) => set({ includeKeywords: event.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.exclude}>
            Exclusion keywords
          </label>
          <input id={ids.exclude} type="text" value={draft.excludeKeywords} aria-describedby={ids.keywordsHint} onChange={(event) => set({ excludeKeywords: event.target.value })} />
        </div>
        <p id={ids.keywordsHint} className="field-hint keywords-hint">
          Separate keywords with commas; screening mode highlights them in the text.
        </p>
      </div>
    </>
  );
}

function TextField({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: (describedBy: string | undefined) => ReactNode }): ReactNode {
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(error === undefined ? undefined : errorId)}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
