import { useEffect, useRef, useState, type ReactNode } from 'react';

interface NoteFieldProps {
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** The record's screening note: Enter or leaving the field saves it, Escape drops the change. */
export function NoteField({ initial, onSave, onCancel }: NoteFieldProps): ReactNode {
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  // Enter saves and then the field goes away; the blur that may follow must not save a second time.
  const settled = useRef(false);
  useEffect(() => input.current?.focus(), []);
  const finish = (save: boolean): void => {
    if (settled.current) return;
    settled.current = true;
    if (save && text.trim() !== initial.trim()) onSave(text.trim());
    else onCancel();
  };
  return (
    <div className="screening-note-field">
      <label htmlFor="screening-note-input">Screening note</label>
      <input
        ref={input}
        id="screening-note-input"
        type="text"
        value={text}
        placeholder="Why this decision? Enter saves, Escape cancels"
        onChange={(event) => setText(event.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') finish(true);
          else if (event.key === 'Escape') finish(false);
          else return;
          event.preventDefault();
          // Escape here closes the note only, not a dialog or view around it.
          event.stopPropagation();
        }}
      />
    </div>
  );
}
