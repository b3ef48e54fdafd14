import { useEffect, type ReactNode } from 'react';
import { useMentionTitle } from '../../db/links/mention-hooks';
import { useOpenAbstractFromEditor } from '../open-abstract-context';

interface MentionViewProps {
  targetId: number;
  /** The title saved with the mention: shown while loading, and when the target is gone. */
  title: string;
  /** Saves the target's current title into the mention, so an export shows it too. */
  retitle: (live: string) => void;
}

/** A mention as the user sees it: the target's current title, which opens the target. */
export function MentionView({ targetId, title, retitle }: MentionViewProps): ReactNode {
  const live = useMentionTitle(targetId);
  const open = useOpenAbstractFromEditor();

  useEffect(() => {
    if (typeof live === 'string' && live !== title) retitle(live);
  }, [live, title, retitle]);

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
