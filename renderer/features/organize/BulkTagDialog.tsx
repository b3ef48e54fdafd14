import { useId, useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';
import { countLabel } from '../library/format';
import { normalizeTagPath } from '../tags/tag-match';
import { bulkAddTag, bulkRemoveTag } from '../../db/tags/tags';
import { useAllTags } from '../../db/organize/hooks';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useUndoable } from './use-undoable';

interface BulkTagDialogProps {
  mode: 'add' | 'remove';
  ids: readonly number[];
  onClose: () => void;
}

/** Asks which tag to add to (or remove from) every selected abstract. */
export function BulkTagDialog({ mode, ids, onClose }: BulkTagDialogProps): ReactNode {
  const tags = useAllTags() ?? [];
  const run = useUndoable();
  const listId = useId();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useDialogFocus();
  const many = countLabel(ids.length, 'abstract');

  const submit = (): void => {
    const clean = normalizeTagPath(path);
    if (clean === '') return setError('Type a tag.');
    const tag = mode === 'remove' ? tags.find((entry) => entry.path === clean) : undefined;
    if (mode === 'remove' && !tag) return setError(`There is no tag “${clean}”.`);
    const action =
      tag === undefined
        ? run(`Tagged ${many}`, () => bulkAddTag([...ids], clean), setError)
        : run(`Removed ${clean} from ${many}`, () => bulkRemoveTag([...ids], tag.id), setError);
    void action.then((done) => {
      if (done) onClose();
    });
  };

  return (
    <Dialog title={mode === 'add' ? `Add a tag to ${many}` : `Remove a tag from ${many}`} onClose={onClose} className="tag-dialog">
      <form
        className="tag-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span className="field-label">Tag</span>
          <input ref={field} type="text" value={path} list={listId} autoComplete="off" onChange={(event) => setPath(event.target.value)} />
        </label>
        <datalist id={listId}>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.path} />
          ))}
        </datalist>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="tag-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {mode === 'add' ? 'Add tag' : 'Remove tag'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
