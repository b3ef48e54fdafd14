import { useRef, useState, type ReactNode } from 'react';
import { deleteTag } from '../../db/tags/edits';
import type { TagNode } from '../../db/organize/types';
import { useUndoable } from '../organize/use-undoable';
import { ContextMenu } from './ContextMenu';
import { ColourDialog, MergeDialog, MoveDialog, RenameDialog } from './TagDialogs';

export interface TagMenuTarget {
  tagId: number;
  path: string;
  x: number;
  y: number;
}

type Mode = 'menu' | 'rename' | 'move' | 'merge' | 'colour';

interface TagActionsProps {
  target: TagMenuTarget;
  roots: readonly TagNode[];
  onClose: () => void;
}

/** A tag's context menu and the dialog of the action chosen from it. */
export function TagActions({ target, roots, onClose }: TagActionsProps): ReactNode {
  const [mode, setMode] = useState<Mode>('menu');
  const modeRef = useRef<Mode>('menu');
  const run = useUndoable();
  const choose = (next: Mode): void => {
    modeRef.current = next;
    setMode(next);
  };
  const { tagId, path } = target;

  if (mode === 'menu') {
    return (
      <ContextMenu
        label={`Tag ${path}`}
        x={target.x}
        y={target.y}
        onClose={() => {
          // Choosing an entry unmounts the menu; a blur that follows must not close its dialog.
          if (modeRef.current === 'menu') onClose();
        }}
        entries={[
          { label: 'Rename…', onChoose: () => choose('rename') },
          { label: 'Move to…', onChoose: () => choose('move') },
          { label: 'Merge into…', onChoose: () => choose('merge') },
          { label: 'Colour…', onChoose: () => choose('colour') },
          {
            label: 'Delete',
            danger: true,
            onChoose: () => {
              modeRef.current = 'rename';
              onClose();
              void run(`Deleted tag ${path}`, () => deleteTag(tagId));
            },
          },
        ]}
      />
    );
  }
  const props = { tagId, path, roots, onClose };
  switch (mode) {
    case 'rename':
      return <RenameDialog {...props} />;
    case 'move':
      return <MoveDialog {...props} />;
    case 'merge':
      return <MergeDialog {...props} />;
    case 'colour':
      return <ColourDialog {...props} />;
  }
}
