import { useLiveQuery } from 'dexie-react-hooks';
import type { AnnotationRow, NoteRow } from './types';
import { queryAnnotations } from './annotations';
import { queryNote } from '../notes/notes';

// `undefined` means "still loading", as in hooks.ts.

/** An abstract's annotations in text order, the orphans ("Could not place") last. */
export function useAnnotations(abstractId: number | null): AnnotationRow[] | undefined {
  return useLiveQuery(() => (abstractId === null ? [] : queryAnnotations(abstractId)), [abstractId]);
}

/** The abstract's note; null when it has none yet. */
export function useNote(abstractId: number | null): NoteRow | null | undefined {
  return useLiveQuery(() => (abstractId === null ? null : queryNote(abstractId)), [abstractId]);
}
