import { useEffect, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useMentionTitle } from '../../db/links/mention-hooks';
import { useOpenAbstractFromEditor } from '../open-abstract-context';
import { $isMentionNode } from './MentionNode';

interface MentionViewProps {
  nodeKey: NodeKey;
  targetId: number;
  /** The title saved with the mention: shown while loading, and when the target is gone. */
  title: string;
}

/** A mention as the user sees it: the target's current title, which opens the target. */
export function MentionView({ nodeKey, targetId, title }: MentionViewProps): ReactNode {
  const [editor] = useLexicalComposerContext();
  const live = useMentionTitle(targetId);
  const open = useOpenAbstractFromEditor();

  useEffect(() => {
    if (typeof live !== 'string' || live === title || !editor.isEditable()) return;
    // Not an edit of the user's: kept out of undo, and saved with the next real change.
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isMentionNode(node)) node.setTitle(live);
      },
      { tag: 'history-merge' },
    );
  }, [editor, live, nodeKey, title]);

  if (live === null) {
    return (
      <span className="mention mention-missing" title="This abstract is no longer in the library">
        {title}
      </span>
    );
  }
  const shown = live ?? title;
  return (
    <button
      type="button"
      className="mention"
      data-mention-id={targetId}
      title={`Open “${shown}”`}
      dir="auto"
      onClick={(event) => {
        event.preventDefault();
        open?.(targetId);
      }}
    >
      {shown}
    </button>
  );
}
