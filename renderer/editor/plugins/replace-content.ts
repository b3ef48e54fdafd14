import {
  CLEAR_HISTORY_COMMAND,
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';

/** Marks updates that show stored content rather than the user's typing. */
export const SYNC_TAG = 'lectern-sync';

/** Where the caret is, by its paragraph (index and text) and its offset in that paragraph's text. */
interface CaretPlace {
  block: number;
  blockText: string;
  offset: number;
}

function $caretPlace(): CaretPlace | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block =
    anchor.getTopLevelElement() ?? ($isElementNode(anchor) && !anchor.is($getRoot()) ? anchor : null);
  if (block === null) return null;
  let offset = 0;
  if ($isTextNode(anchor)) {
    for (const node of block.getAllTextNodes()) {
      if (node.is(anchor)) break;
      offset += node.getTextContentSize();
    }
    offset += selection.anchor.offset;
  }
  return { block: block.getIndexWithinParent(), blockText: block.getTextContent(), offset };
}

/** Puts the caret back in the same paragraph (found by its text, else by its place) at the same offset. */
function $restoreCaret(place: CaretPlace): void {
  const children = $getRoot().getChildren();
  let index = -1;
  children.forEach((child, at) => {
    if (
      child.getTextContent() === place.blockText &&
      (index < 0 || Math.abs(at - place.block) < Math.abs(index - place.block))
    )
      index = at;
  });
  const block = children[index < 0 ? Math.min(place.block, children.length - 1) : index];
  if (!$isElementNode(block)) return;
  let rest = place.offset;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (rest <= size) {
      node.select(rest, rest);
      return;
    }
    rest -= size;
  }
  block.selectEnd();
}

/**
 * Shows `json` (stored content; null for none) in the editor, keeping the caret where the user had it.
 * Undo history is dropped: undoing past the new content would silently remove someone else's text.
 */
export function replaceContent(editor: LexicalEditor, json: string | null): void {
  const root = editor.getRootElement();
  const focused = root !== null && root.contains(document.activeElement);
  const caret = focused ? editor.getEditorState().read($caretPlace) : null;
  if (json === null) {
    editor.update(() => $getRoot().clear().append($createParagraphNode()), { tag: SYNC_TAG, discrete: true });
  } else {
    editor.setEditorState(editor.parseEditorState(json), { tag: SYNC_TAG });
  }
  if (caret !== null) editor.update(() => $restoreCaret(caret), { tag: SYNC_TAG, discrete: true });
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}
