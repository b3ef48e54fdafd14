import { useCallback, useMemo, type ReactNode } from 'react';
import { useNote } from '../../db/annotations/hooks';
import { saveNoteEdit } from '../../db/notes/notes';
import { storedContentOf, type RichTextEdit } from '../../db/notes/rich-text-save';
import { RichEditor } from '../../editor/RichEditor';

/** The abstract's one rich note, below its text. It saves itself as the user types. */
export function NoteEditor({ abstractId }: { abstractId: number }): ReactNode {
  const note = useNote(abstractId);
  const save = useCallback((edit: RichTextEdit) => saveNoteEdit(abstractId, edit), [abstractId]);
  const stored = useMemo(() => (note ? storedContentOf(note) : null), [note]);
  return (
    <section className="abstract-note" aria-labelledby={`note-heading-${abstractId}`}>
      <h3 id={`note-heading-${abstractId}`} className="reader-section-title">
        Note
      </h3>
      {note !== undefined && (
        <RichEditor
          key={abstractId}
          kind="note"
          label="Note"
          stored={stored}
          draftKey={`note:${abstractId}`}
          onSave={save}
          placeholder="Write a note… Markdown works: # heading, > quote, - list, **bold**, $x^2$"
        />
      )}
    </section>
  );
}
