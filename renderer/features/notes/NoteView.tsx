import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { storedContentOf, type RichTextEdit } from '../../db/notes/rich-text-save';
import { deleteSynthesisNote, querySynthesisNote, saveSynthesisNoteEdit } from '../../db/notes/synthesis-notes';
import { useSynthesisNote } from '../../db/notes/synthesis-hooks';
import { RichEditor } from '../../editor/RichEditor';
import { useUndo } from '../undo';
import { exportNoteAsMarkdown } from './export-note';
import { NoteTitleField } from './NoteTitleField';
import './notes.css';

export interface NoteViewProps {
  noteId: number;
  /** Called when the note is deleted or gone: the main area goes back to the library. */
  onClose: () => void;
}

/** A synthesis note in the main area: its title, its text (mentions included), export and delete. */
export function NoteView({ noteId, onClose }: NoteViewProps): ReactNode {
  const note = useSynthesisNote(noteId);
  const undo = useUndo();
  const save = useCallback((edit: RichTextEdit) => saveSynthesisNoteEdit(noteId, edit), [noteId]);
  const stored = useMemo(() => (note ? storedContentOf(note) : null), [note]);
  const savedRef = useRef<(() => Promise<void>) | null>(null);
  // The words typed just before the click may still be on their way to the database: wait, then read it.
  const exportMarkdown = async (): Promise<void> => {
    await savedRef.current?.();
    const latest = await querySynthesisNote(noteId);
    if (latest !== null) await exportNoteAsMarkdown(latest);
  };
  const remove = async (): Promise<void> => {
    const change = await deleteSynthesisNote(noteId);
    undo.push({ label: 'Deleted note', undo: change.undo, redo: change.redo });
    onClose();
  };
  if (note === undefined) return <section className="note-view" aria-label="Synthesis note" />;
  if (note === null) {
    return (
      <section className="note-view" aria-label="Synthesis note">
        <p className="empty-state-title">This note is no longer here</p>
        <button type="button" className="button" onClick={onClose}>
          Back to the library
        </button>
      </section>
    );
  }
  return (
    <section className="note-view" aria-label="Synthesis note">
      <header className="note-view-header">
        <NoteTitleField key={note.id} note={note} />
        <div className="note-view-actions">
          <button type="button" className="button button-small" onClick={() => void exportMarkdown()}>
            Export as Markdown
          </button>
          <button type="button" className="button button-small" onClick={() => void remove()}>
            Delete note
          </button>
        </div>
      </header>
      <p className="note-view-hint">
        Type <kbd>[[</kbd> or <kbd>@</kbd> to mention an abstract; each mentioned abstract lists this note in its Backlinks.
      </p>
      <RichEditor
        key={note.id}
        kind="note"
        label="Note"
        stored={stored}
        draftKey={`synthesis-note:${note.id}`}
        onSave={save}
        savedRef={savedRef}
        placeholder="Write your synthesis… Markdown works: # heading, > quote, - list, **bold**, $x^2$"
      />
    </section>
  );
}
