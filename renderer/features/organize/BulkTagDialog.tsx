import { useId, useState, type ReactNode } from 'react';
import { FormDialog } from '../../ui/FormDialog';
import { countLabel } from '../../ui/format';
import { normalizeTagPath } from '../tags';
import { bulkAddTag, bulkRemoveTag } from '../../db/tags/tags';
import { useAllTags } from '../../db/organize/hooks';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useUndoable } from '../undo';

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
    <FormDialog
      title={mode === 'add' ? `Add a tag to ${many}` : `Remove a tag from ${many}`}
      submitLabel={mode === 'add' ? 'Add tag' : 'Remove tag'}
      error={error}
      onSubmit={submit}
      onClose={onClose}
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
    </FormDialog>
  );
}
