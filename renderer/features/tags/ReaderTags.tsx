import type { ReactNode } from 'react';
import { removeTag } from '../../db/tags/tags';
import { useAbstractTags } from '../../db/organize/hooks';
import { useUndoable } from '../organize/use-undoable';
import { AddTagCombobox } from './AddTagCombobox';
import { tagColorStyle } from './tag-color';
import './tags.css';

/** The open abstract's tags as removable chips, and the "Add tag" combobox. */
export function ReaderTags({ abstractId }: { abstractId: number }): ReactNode {
  const tags = useAbstractTags(abstractId) ?? [];
  const run = useUndoable();
  return (
    <div className="reader-tags">
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label="Tags on this abstract">
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip" style={tagColorStyle(tag.color)}>
              <span className="tag-chip-label">{tag.path}</span>
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={`Remove tag ${tag.path}`}
                onClick={() => void run(`Removed tag ${tag.path}`, () => removeTag(abstractId, tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddTagCombobox abstractId={abstractId} present={tags.map((tag) => tag.path)} />
    </div>
  );
}
