import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { updateAbstractMeta } from '../../db/abstracts/metadata-edit';
import type { AbstractRow } from '../../db/schema/row-types';
import { readMetaForm, type MetaFormValues } from './meta-form';
import { SaveCancelButtons } from '../../ui/SaveCancelButtons';
import './meta-editor.css';

interface MetaEditorProps {
  row: AbstractRow;
  onDone: () => void;
}

/** Inline form for the details captures usually lack. Enter saves, Escape cancels. */
export function MetaEditor({ row, onDone }: MetaEditorProps): ReactNode {
  const [values, setValues] = useState<MetaFormValues>({
    title: row.title ?? '',
    authors: row.authors.join(', '),
    year: row.year === null ? '' : String(row.year),
  });
  const [problem, setProblem] = useState<{ field: keyof MetaFormValues | null; message: string } | null>(
    null,
  );
  const [saving, setSaving] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), authors: useId(), year: useId(), error: useId() };

  useEffect(() => firstField.current?.focus(), []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = readMetaForm(values);
    if (!result.ok) {
      setProblem({ field: result.field, message: result.message });
      return;
    }
    setSaving(true);
    try {
      await updateAbstractMeta(row.id, result.patch);
      onDone();
    } catch (error) {
      setProblem({ field: null, message: error instanceof Error ? error.message : String(error) });
      setSaving(false);
    }
  };

  const field = (name: keyof MetaFormValues, label: string, hint: string | null, inputMode?: 'numeric') => (
    <div className="form-field">
      <label htmlFor={ids[name]}>{label}</label>
      <input
        id={ids[name]}
        ref={name === 'title' ? firstField : undefined}
        value={values[name]}
        inputMode={inputMode}
        dir="auto"
        autoComplete="off"
        aria-invalid={problem?.field === name || undefined}
        aria-describedby={problem?.field === name ? ids.error : undefined}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
      />
      {hint && <span className="form-hint">{hint}</span>}
    </div>
  );

  return (
    <form
      className="meta-editor"
      aria-label="Edit details"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      {field('title', 'Title', 'Leave empty to use the first sentence.')}
      {field('authors', 'Authors', 'Separate names with commas.')}
      {field('year', 'Year', null, 'numeric')}
      {problem && (
        <p role="alert" id={ids.error} className="form-error">
          {problem.message}
        </p>
      )}
      <SaveCancelButtons className="form-actions" saving={saving} onCancel={onDone} />
    </form>
  );
}
