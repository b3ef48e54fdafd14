import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { clearDraft, readDraft, writeDraft, type Draft } from '../draft-store';

export type SaveContent = (json: string, text: string) => Promise<void>;

const DEBOUNCE_MS = 250;

/**
 * Saves the editor on every change (debounced) with no Save button, and flushes at once on blur,
 * `pagehide`, tab hide and unmount. Each change is also kept as a local draft until it is saved,
 * so a reload mid-save loses nothing: the draft is saved on the next mount.
 */
export function AutosavePlugin({ draftKey, onSave }: { draftKey: string; onSave: SaveContent }): null {
  const [editor] = useLexicalComposerContext();
  const pending = useRef<Draft | null>(null);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  useEffect(() => {
    let timer: number | undefined;
    const flush = (): void => {
      window.clearTimeout(timer);
      const draft = pending.current;
      if (!draft) return;
      pending.current = null;
      saveRef.current(draft.json, draft.text).then(
        () => clearDraft(draftKey, draft.at),
        (error: unknown) => console.warn('Autosave failed; the draft is kept', error),
      );
    };
    const leftover = readDraft(draftKey);
    if (leftover) {
      pending.current = leftover;
      flush();
    }
    const removeUpdate = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has('history-merge')) return;
      const json = JSON.stringify(editorState.toJSON());
      const text = editorState.read(() => $getRoot().getTextContent());
      const draft = { json, text, at: Date.now() };
      pending.current = draft;
      writeDraft(draftKey, draft);
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, DEBOUNCE_MS);
    });
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    let root: HTMLElement | null = null;
    const removeRoot = editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('focusout', flush);
      next?.addEventListener('focusout', flush);
      root = next;
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeUpdate();
      removeRoot();
      root?.removeEventListener('focusout', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [editor, draftKey]);
  return null;
}
