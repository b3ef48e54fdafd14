import { lazy, Suspense, type ReactNode } from 'react';
import type { NoteViewProps } from './NoteView';

// The note editor (Lexical) loads with the first note opened, keeping it out of the start-up bundle.
const NoteView = lazy(() => import('./NoteView').then((module) => ({ default: module.NoteView })));

/** A synthesis note, fetched on first use. */
export function LazyNoteView(props: NoteViewProps): ReactNode {
  return (
    <Suspense fallback={null}>
      <NoteView {...props} />
    </Suspense>
  );
}
