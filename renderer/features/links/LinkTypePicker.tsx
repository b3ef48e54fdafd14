import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LinkTypeInfo } from '../../db/links/link-types';
import { LinkError } from '../../db/links/links';
import { addLinkType } from '../../db/links/user-types';
import { useUndo } from '../undo/undo-context';

interface LinkTypePickerProps {
  types: readonly LinkTypeInfo[];
  value: string;
  onChange: (id: string) => void;
}

/** The link types as a radio group (arrows choose), and a small form to add one. */
export function LinkTypePicker({ types, value, onChange }: LinkTypePickerProps): ReactNode {
  const legendId = useId();
  const [adding, setAdding] = useState(false);
  return (
    <div className="link-type-picker">
      <div role="radiogroup" aria-labelledby={legendId} className="link-type-options">
        <span id={legendId} className="link-field-label">
          Link type
        </span>
        {types.map((type) => (
          <label key={type.id} className="link-type-option">
            <input type="radio" name="link-type" value={type.id} checked={value === type.id} onChange={() => onChange(type.id)} />
            <span className="link-type-swatch" style={{ background: type.color }} aria-hidden="true" />
            {type.label}
          </label>
        ))}
      </div>
      {adding ? (
        <NewLinkTypeForm
          onAdded={(id) => {
            setAdding(false);
            onChange(id);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="link-button link-type-add" onClick={() => setAdding(true)}>
          New link type…
        </button>
      )}
    </div>
  );
}

function NewLinkTypeForm({ onAdded, onCancel }: { onAdded: (id: string) => void; onCancel: () => void }): ReactNode {
  const [label, setLabel] = useState('');
  const [inverse, setInverse] = useState('');
  const [error, setError] = useState<string | null>(null);
  const undo = useUndo();
  // A nested <form> is not allowed inside the dialog's form, so this is a group with its own Add button.
  const add = async (): Promise<void> => {
    try {
      const change = await addLinkType({ label, inverseLabel: inverse });
      undo.push({ label: `Added link type “${change.type.label}”`, undo: change.undo, redo: change.redo });
      onAdded(change.type.id);
    } catch (caught) {
      if (caught instanceof LinkError) setError(caught.message);
      else throw caught;
    }
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void add();
  };
  return (
    <div role="group" aria-label="New link type" className="link-type-new">
      <label className="link-field">
        <span className="link-field-label">Name</span>
        <input
          type="text"
          value={label}
          placeholder="e.g. replicates"
          autoFocus
          onChange={(event) => setLabel(event.target.value)}
          onKeyDown={addOnEnter}
        />
      </label>
      <label className="link-field">
        <span className="link-field-label">Other side reads (optional)</span>
        <input
          type="text"
          value={inverse}
          placeholder="e.g. replicated by"
          onChange={(event) => setInverse(event.target.value)}
          onKeyDown={addOnEnter}
        />
      </label>
      <div className="link-type-new-actions">
        <button type="button" className="button button-small" onClick={() => void add()}>
          Add type
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <p role="alert" className="link-error">{error}</p>}
    </div>
  );
}
