import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { withoutBlocks } from '../../../shared/rich-text/merge';
import type { EditBase } from '../../db/notes/rich-text-save';
import { ConflictNotice } from './ConflictNotice';
import { replaceContent, SYNC_TAG } from './replace-content';
import { createRichTextSync, type RichTextSync, type SaveEdit, type StoredContent } from './rich-text-sync';

interface AutosavePluginProps {
  draftKey: string;
  onSave: SaveEdit;
  /** The stored text, live: changes made elsewhere (another window) show up here. */
  stored: StoredContent | null;
  /** What the editor's starting content was edited from, and whether it is an unsaved draft. */
  start: { base: EditBase; dirty: boolean };
  /** "note" or "comment", for the conflict notice. */
  noun: string;
  /** Set to a function that resolves once everything typed is stored (an export reads the stored text). */
  savedRef?: SavedRef;
}

export interface SavedRef {
  current: (() => Promise<void>) | null;
}

/**
 * Saves the editor as the user types, with no Save button, and keeps it in step with the stored
 * text (see createRichTextSync). When this editor and another changed the same paragraphs, both
 * versions are kept and a notice offers to keep both or use this editor's version.
 */
export function AutosavePlugin({ draftKey, onSave, stored, start, noun, savedRef }: AutosavePluginProps): ReactNode {
  const [editor] = useLexicalComposerContext();
  const saveRef = useRef(onSave);
  saveRef.current = onSave;
  const startRef = useRef(start);
  const syncRef = useRef<RichTextSync | null>(null);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const [theirVersions, setTheirVersions] = useState<string[] | null>(null);

  useEffect(() => {
    const sync = createRichTextSync(editor, {
      draftKey,
      ...startRef.current,
      save: () => saveRef.current,
      onConflict: setTheirVersions,
    });
    syncRef.current = sync;
    if (savedRef !== undefined) savedRef.current = sync.saved;
    sync.stored(storedRef.current);
    sync.flush();
    const removeUpdate = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (
        (dirtyElements.size === 0 && dirtyLeaves.size === 0) ||
        tags.has('history-merge') ||
        tags.has(SYNC_TAG)
      )
        return;
      sync.changed();
    });
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') sync.flush();
    };
    let root: HTMLElement | null = null;
    const removeRoot = editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('focusout', sync.flush);
      next?.addEventListener('focusout', sync.flush);
      root = next;
    });
    window.addEventListener('pagehide', sync.flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeUpdate();
      removeRoot();
      root?.removeEventListener('focusout', sync.flush);
      window.removeEventListener('pagehide', sync.flush);
      document.removeEventListener('visibilitychange', onHidden);
      sync.dispose();
      syncRef.current = null;
      if (savedRef !== undefined) savedRef.current = null;
    };
  }, [editor, draftKey, savedRef]);

  useEffect(() => {
    syncRef.current?.stored(stored);
  }, [stored]);

  if (theirVersions === null) return null;
  return (
    <ConflictNotice
      noun={noun}
      onKeepBoth={() => setTheirVersions(null)}
      onUseThisOne={() => {
        replaceContent(
          editor,
          withoutBlocks(JSON.stringify(editor.getEditorState().toJSON()), theirVersions),
        );
        setTheirVersions(null);
        syncRef.current?.changed();
      }}
    />
  );
}
