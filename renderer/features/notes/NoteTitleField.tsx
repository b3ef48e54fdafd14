import { useState, type ReactNode } from 'react';
import { renameSynthesisNote, synthesisNoteTitle, type SynthesisNote } from '../../db/notes/synthesis-notes';
import { useUndo } from '../undo/undo-context';

/** The note's title as an editable textbox; a change is saved on Enter or on leaving the field. */
export function NoteTitleField({ note }: { note: SynthesisNote }): ReactNode {
  const saved = synthesisNoteTitle(note);
  const [draft, setDraft] = useState<string | null>(null);
  const undo = useUndo();
  const commit = async (): Promise<void> => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === saved) return;
    const change = await renameSynthesisNote(note.id, draft);
    undo.push({ label: 'Renamed note', undo: change.undo, redo: change.redo });
  };
  return (
    <input
      className="note-title-input"
      aria-label="Note title"
      dir="auto"
      value={draft ?? saved}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          setDraft(null);
        }
      }}
    />
  );
}
