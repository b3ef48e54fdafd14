import { useState, type ReactNode } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditBase } from '../db/notes/rich-text-save';
import { draftToRestore } from './draft-restore';
import { readDraft } from './draft-store';
import { COMMENT_TRANSFORMERS, NOTE_TRANSFORMERS } from './markdown';
import { EDITOR_NODES } from './nodes';
import { AutosavePlugin, type SavedRef } from './plugins/AutosavePlugin';
import { LinkPolicyPlugin } from './plugins/LinkPolicyPlugin';
import { MentionsPlugin } from './plugins/MentionsPlugin';
import type { SaveEdit, StoredContent } from './plugins/rich-text-sync';
import { EDITOR_THEME } from './theme';
import './editor.css';

export type EditorKind = 'comment' | 'note';

interface RichEditorProps {
  kind: EditorKind;
  /** The accessible name of the textbox: "Comment" or "Note". */
  label: string;
  /** The saved Lexical JSON and its revision, live; null when nothing is saved yet. */
  stored: StoredContent | null;
  /** Names the local draft; unique per edited record, e.g. `note:12`. */
  draftKey: string;
  /** A compare-and-set save from the base this editor last saw. */
  onSave: SaveEdit;
  placeholder: string;
  /** Extra plugins a feature adds (e.g. mentions), rendered inside the composer. */
  children?: ReactNode;
  /** Receives a function that resolves once everything typed is stored. */
  savedRef?: SavedRef;
}

function isUsableState(json: string | null | undefined): json is string {
  if (!json) return false;
  try {
    const parsed = JSON.parse(json) as { root?: { children?: unknown[] } };
    return Array.isArray(parsed.root?.children) && parsed.root.children.length > 0;
  } catch {
    return false;
  }
}

/**
 * A Lexical rich-text editor that saves itself: bold, italic, lists, links, inline code, `$…$` math
 * and Markdown shortcuts; a note also takes headings and quotes.
 */
export function RichEditor({ kind, label, stored, draftKey, onSave, placeholder, children, savedRef }: RichEditorProps): ReactNode {
  // The composer reads its config once; the parent keys this editor by the record it edits.
  const [{ initialConfig, start }] = useState(() => {
    const restored = draftToRestore(readDraft(draftKey), stored);
    const storedBase: EditBase = { revision: stored?.revision ?? 0, json: stored?.json ?? null };
    const fromDraft = restored !== null && isUsableState(restored.draft.json);
    const json = fromDraft ? restored.draft.json : isUsableState(stored?.json) ? stored?.json : undefined;
    const config: InitialConfigType = {
      namespace: `lectern-${kind}`,
      nodes: EDITOR_NODES,
      theme: EDITOR_THEME,
      editorState: json ?? undefined,
      onError: (error: Error) => console.warn('Editor error', error),
    };
    const base = fromDraft ? restored.base : storedBase;
    return { initialConfig: config, start: { base, dirty: fromDraft } };
  });

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`rich-editor rich-editor-${kind}`}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="rich-editor-input"
              aria-label={label}
              aria-multiline
              role="textbox"
              aria-placeholder={placeholder}
              placeholder={<div className="rich-editor-placeholder">{placeholder}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPolicyPlugin />
        <MarkdownShortcutPlugin transformers={kind === 'note' ? NOTE_TRANSFORMERS : COMMENT_TRANSFORMERS} />
        <MentionsPlugin />
        <AutosavePlugin draftKey={draftKey} onSave={onSave} stored={stored} start={start} noun={kind} savedRef={savedRef} />
        {children}
      </div>
    </LexicalComposer>
  );
}
