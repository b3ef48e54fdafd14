import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { RichEditor as EagerRichEditor } from './RichEditor';

// Lexical loads the first time an editor is shown, so it stays out of the code a cold start evaluates.
const RichEditor = lazy(() => import('./RichEditor').then((module) => ({ default: module.RichEditor })));

/** The rich editor, loaded on first use; a quiet empty box stands in for the few milliseconds that takes. */
export function LazyRichEditor(props: ComponentProps<typeof EagerRichEditor>): ReactNode {
  return (
    <Suspense fallback={<div className="rich-editor-loading" aria-busy="true" />}>
      <RichEditor {...props} />
    </Suspense>
  );
}
