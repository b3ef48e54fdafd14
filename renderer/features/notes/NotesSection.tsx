import type { ReactNode } from 'react';
import { createSynthesisNote, synthesisNoteTitle } from '../../db/notes/synthesis-notes';
import { useSynthesisNotes } from '../../db/notes/synthesis-hooks';
import { SidebarItem } from '../../ui/SidebarItem';
import { useUndo } from '../undo/undo-context';
import './notes.css';

interface NotesSectionProps {
  /** The synthesis note open in the main area, if any. */
  openNoteId: number | null;
  onOpenNote: (noteId: number) => void;
}

/** The sidebar's "Notes": every synthesis note, and a button that starts a new one. */
export function NotesSection({ openNoteId, onOpenNote }: NotesSectionProps): ReactNode {
  const notes = useSynthesisNotes() ?? [];
  const undo = useUndo();
  const create = async (): Promise<void> => {
    const created = await createSynthesisNote();
    undo.push({ label: 'Created note', undo: created.undo, redo: created.redo });
    onOpenNote(created.id);
  };
  return (
    <>
      <div className="sidebar-heading-row">
        <h2 className="sidebar-heading" id="sidebar-notes">
          Notes
        </h2>
        <button type="button" className="icon-button" aria-label="New note" title="New note" onClick={() => void create()}>
          +
        </button>
      </div>
      {notes.length > 0 && (
        <ul className="sidebar-list" aria-labelledby="sidebar-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <SidebarItem
                label={synthesisNoteTitle(note)}
                count={undefined}
                current={openNoteId === note.id}
                onSelect={() => onOpenNote(note.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
