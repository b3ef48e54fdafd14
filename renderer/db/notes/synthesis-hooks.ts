import { useLiveQuery } from 'dexie-react-hooks';
import { querySynthesisNote, querySynthesisNotes, type SynthesisNote } from './synthesis-notes';

// `undefined` means "still loading", as in hooks.ts.

/** Every synthesis note, by title. */
export function useSynthesisNotes(): SynthesisNote[] | undefined {
  return useLiveQuery(() => querySynthesisNotes(), []);
}

/** One synthesis note; null when it is not (or no longer) in the library. */
export function useSynthesisNote(id: number): SynthesisNote | null | undefined {
  return useLiveQuery(() => querySynthesisNote(id), [id]);
}
