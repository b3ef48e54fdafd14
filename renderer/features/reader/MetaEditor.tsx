import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { editAbstractDetails } from '../../db/abstracts/metadata-edit';
import type { AbstractRow } from '../../db/schema/row-types';
import { useUndoable } from '../undo';
import { metaFormValuesOf, readMetaForm, type MetaFormField, type MetaFormValues } from './meta-form';
import { TypeSelect } from './TypeSelect';
import { SaveCancelButtons } from '../../ui/SaveCancelButtons';
import './meta-editor.css';

interface MetaEditorProps {
  row: AbstractRow;
  onDone: () => void;
}

interface TextFieldSpec {
  name: Exclude<MetaFormField, 'type'>;
  label: string;
  hint?: string;
  wide?: boolean;
  inputMode?: 'numeric' | 'url';
  /** Identifiers and keys are Latin whatever the text around them. */
  ltr?: boolean;
}

const TEXT_FIELDS: readonly TextFieldSpec[] = [
  { name: 'title', label: 'Title', hint: 'Leave empty to use the first sentence.', wide: true },
  { name: 'authors', label: 'Authors', hint: 'Separate names with commas.', wide: true },
  { name: 'year', label: 'Year', inputMode: 'numeric' },
];

const BIBLIOGRAPHIC_FIELDS: readonly TextFieldSpec[] = [
  { name: 'venue', label: 'Venue', hint: 'The journal, conference or book.', wide: true },
  { name: 'doi', label: 'DOI', hint: 'Such as 10.1000/xyz123, or its doi.org link.', ltr: true },
  { name: 'arxiv', label: 'arXiv ID', hint: 'Such as 2101.00001.', ltr: true },
  { name: 'url', label: 'URL', inputMode: 'url', ltr: true },
  { name: 'citationKey', label: 'Citation key', hint: 'Unique in the library. Leave empty for the default key.', ltr: true },
  { name: 'keywords', label: 'Keywords', hint: 'Separate keywords with commas.', wide: true },
];

/** Inline form for the details captures usually lack. Enter saves, Escape cancels; a save can be undone. */
export function MetaEditor({ row, onDone }: MetaEditorProps): ReactNode {
  const [initial] = useState<MetaFormValues>(() => metaFormValuesOf(row));
  const [values, setValues] = useState<MetaFormValues>(initial);
  const [problem, setProblem] = useState<{ field: MetaFormField | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const runUndoable = useUndoable();
  const firstField = useRef<HTMLInputElement>(null);
  const idPrefix = useId();
  const idOf = (name: MetaFormField | 'error'): string => `${idPrefix}-${name}`;

  useEffect(() => firstField.current?.focus(), []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = readMetaForm(values, initial);
    if (!result.ok) {
      setProblem({ field: result.field, message: result.message });
      return;
    }
    if (Object.keys(result.patch).length === 0) {
      onDone();
      return;
    }
    setSaving(true);
    const saved = await runUndoable('Edited details', () => editAbstractDetails(row.id, result.patch), (message) => {
      setProblem({ field: null, message });
      setSaving(false);
    });
    if (saved) onDone();
  };

  const invalid = (name: MetaFormField) => ({
    'aria-invalid': problem?.field === name || undefined,
    'aria-describedby': problem?.field === name ? idOf('error') : undefined,
  });

  const textField = ({ name, label, hint, wide, inputMode, ltr }: TextFieldSpec) => (
    <div key={name} className={wide ? 'form-field form-field-wide' : 'form-field'}>
      <label htmlFor={idOf(name)}>{label}</label>
      <input
        id={idOf(name)}
        ref={name === 'title' ? firstField : undefined}
        value={values[name]}
        inputMode={inputMode}
        dir={ltr ? 'ltr' : 'auto'}
        autoComplete="off"
        spellCheck={ltr ? false : undefined}
        {...invalid(name)}
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
      {TEXT_FIELDS.map(textField)}
      <div className="form-field">
        <label htmlFor={idOf('type')}>Type</label>
        <TypeSelect id={idOf('type')} value={values.type} {...invalid('type')} onChange={(type) => setValues({ ...values, type })} />
      </div>
      {BIBLIOGRAPHIC_FIELDS.map(textField)}
      {problem && (
        <p role="alert" id={idOf('error')} className="form-error form-field-wide">
          {problem.message}
        </p>
      )}
      <SaveCancelButtons className="form-actions form-field-wide" saving={saving} onCancel={onDone} />
    </form>
  );
}
