import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { EDITOR_NODES } from '../../../../../renderer/editor/nodes';
import { $createMathNode } from '../../../../../renderer/editor/nodes/MathNode';
import { $createMentionNode } from '../../../../../renderer/editor/nodes/MentionNode';

/** A text as the app's editor saves it: one paragraph per string, `$x$` spans as math. */
export function editorSave(paragraphs: readonly string[]): { json: string; text: string } {
  const editor = createEditor({ nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      for (const paragraph of paragraphs) {
        const node = $createParagraphNode();
        for (const [index, part] of paragraph.split('$').entries()) {
          if (part === '') continue;
          node.append(index % 2 === 1 ? $createMathNode(part) : $createTextNode(part));
        }
        $getRoot().append(node);
      }
    },
    { discrete: true },
  );
  const state = editor.getEditorState();
  return { json: JSON.stringify(state.toJSON()), text: state.read(() => $getRoot().getTextContent()) };
}

/** A one-paragraph note that mentions an abstract by its local id, as the mention menu inserts it. */
export function editorSaveWithMention(before: string, targetId: number, title: string): { json: string; text: string } {
  const editor = createEditor({ nodes: EDITOR_NODES, onError: (error) => { throw error; } });
  editor.update(
    () => {
      $getRoot().append($createParagraphNode().append($createTextNode(before), $createMentionNode(targetId, title)));
    },
    { discrete: true },
  );
  const state = editor.getEditorState();
  return { json: JSON.stringify(state.toJSON()), text: state.read(() => $getRoot().getTextContent()) };
}
