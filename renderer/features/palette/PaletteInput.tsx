import { useState, type ReactNode } from 'react';
import type { CommandInput } from '../../ui/command-registry';

/** The palette's second step for a command that needs a line of text, e.g. a new list's name. */
export function PaletteInput({ title, input, onSubmit }: { title: string; input: CommandInput; onSubmit: (text: string) => void }): ReactNode {
  const [text, setText] = useState(input.initial ?? '');
  return (
    <form
      className="palette-input"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== '') onSubmit(text.trim());
      }}
    >
      <p className="palette-input-title">{title}</p>
      <label className="field">
        <span className="field-label">{input.label}</span>
        <input type="text" className="palette-field" value={text} autoFocus required onChange={(event) => setText(event.target.value)} />
      </label>
      <p className="palette-hint">Enter to confirm, Escape to cancel</p>
    </form>
  );
}
