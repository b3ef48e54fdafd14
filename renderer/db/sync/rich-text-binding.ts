import { createYjsBinding, syncLexicalUpdateToYjs, type Binding, type Provider } from '@lexical/yjs';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor, type Klass, type LexicalEditor, type LexicalNode, type SerializedEditorState } from 'lexical';
import * as Y from 'yjs';
import type { RichTextValue } from '../../../shared/sync/synced-kinds';
import { $patchRootFrom } from './rich-text-patch';

// Every read and write builds a headless editor over the text, works and drops it: no binding outlives a call, so
// no two bindings ever hold one text's collab nodes, and a text changed by a remote update is simply read afresh.

/** The editor's nodes beyond Lexical's own (headings, lists, links, math, mentions); the app passes its editors' list. */
export type RichTextNodes = readonly Klass<LexicalNode>[];

const EMPTY: RichTextValue = { json: null, text: '' };

/** No cursors are shared: a headless editor has no selection, and an awareness with no local state sends none. */
const NO_AWARENESS_PROVIDER: Provider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    on: () => undefined,
    off: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  on: () => undefined,
  off: () => undefined,
};

/**
 * @lexical/yjs caches a collab node on every shared type it meets and a later binding reuses it, children included,
 * so a fresh binding would add a text's content to what the last one left there. Each call starts from none.
 */
function forgetCollabNodes(type: Y.AbstractType<unknown>): void {
  Reflect.deleteProperty(type, '_collabNode');
  const children: unknown[] =
    type instanceof Y.XmlText ? (type.toDelta() as { insert?: unknown }[]).map((operation) => operation.insert) : type instanceof Y.XmlElement ? type.toArray() : [];
  for (const child of children) if (child instanceof Y.AbstractType) forgetCollabNodes(child as Y.AbstractType<unknown>);
}

function boundEditor(text: Y.XmlText, nodes: RichTextNodes): { editor: LexicalEditor; binding: Binding } {
  const editor = createEditor({
    namespace: 'lectern-sync',
    nodes: [...nodes],
    onError: (error) => {
      throw error;
    },
  });
  const doc = text.doc;
  if (doc === null) throw new Error('a rich text must be in a document');
  forgetCollabNodes(text as Y.AbstractType<unknown>);
  const binding = createYjsBinding({ editor, id: 'lectern-sync', doc, docMap: new Map([['lectern-sync', doc]]), getXmlText: () => text });
  return { editor, binding };
}

/** Builds the editor's tree from the text as it stands, the way the binding builds a node met in a remote update. */
function load(editor: LexicalEditor, binding: Binding, text: Y.XmlText): void {
  editor.update(
    () => {
      binding.root.applyChildrenYjsDelta(binding, text.toDelta() as Parameters<typeof binding.root.applyChildrenYjsDelta>[1]);
      binding.root.syncChildrenFromYjs(binding);
    },
    { discrete: true, tag: 'collaboration', skipTransforms: true },
  );
}

function valueOf(editor: LexicalEditor): RichTextValue {
  const state = editor.getEditorState();
  if (state.read(() => $getRoot().getChildrenSize()) === 0) return EMPTY;
  return { json: JSON.stringify(state.toJSON()), text: state.read(() => $getRoot().getTextContent()) };
}

/** The merged text; `plain` gives it back as it was saved, as plain text with no editor state. */
export function readRichText(text: Y.XmlText, nodes: RichTextNodes, plain = false): RichTextValue {
  if (text.length === 0) return EMPTY;
  const { editor, binding } = boundEditor(text, nodes);
  load(editor, binding, text);
  const value = valueOf(editor);
  return plain ? { json: null, text: value.text } : value;
}

/** Plain text as one paragraph whose line breaks are Lexical's, so its text content is the text exactly. */
function plainState(text: string): SerializedEditorState {
  const editor = createEditor({ namespace: 'lectern-sync-plain', onError: (error) => { throw error; } });
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      text.split('\n').forEach((line, index) => {
        if (index > 0) paragraph.append($createLineBreakNode());
        if (line !== '') paragraph.append($createTextNode(line));
      });
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

function parseState(json: string): SerializedEditorState | null {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || !('root' in parsed)) return null;
  const root: unknown = parsed.root;
  if (typeof root !== 'object' || root === null || !('children' in root) || !Array.isArray(root.children)) return null;
  return parsed as SerializedEditorState;
}

/**
 * Writes a saved rich text into its Yjs text as the smallest edit the binding can find. Call inside the doc
 * transaction that carries the rest of the entity, so the change goes out and is stored with it.
 */
export function writeRichText(text: Y.XmlText, value: RichTextValue, nodes: RichTextNodes): void {
  const state = value.json === null ? (value.text === '' ? null : plainState(value.text)) : parseState(value.json);
  if (value.json !== null && state === null) throw new Error('the rich text is not a Lexical editor state');
  if (state === null || state.root.children.length === 0) {
    if (text.length > 0) text.delete(0, text.length);
    return;
  }
  const { editor, binding } = boundEditor(text, nodes);
  load(editor, binding, text);
  const stop = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    syncLexicalUpdateToYjs(binding, NO_AWARENESS_PROVIDER, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  try {
    editor.update(() => $patchRootFrom(state), { discrete: true });
  } finally {
    stop();
  }
}
