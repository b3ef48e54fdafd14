import { useId, useState, type ReactNode } from 'react';
import { FormDialog } from '../../ui/FormDialog';
import { mergeTag, moveTag, renameTag } from '../../db/tags/edits';
import { setTagColor } from '../../db/tags/tags';
import type { TagNode } from '../../db/organize/types';
import { useDialogFocus } from '../../ui/use-dialog-focus';
import { useUndoable, type Reversible } from '../organize/use-undoable';
import { TAG_COLOURS, tagColorStyle } from './tag-color';
import { normalizeTagPath } from './tag-match';
import { allPaths, findNode } from './tree-model';

export interface TagDialogProps {
  tagId: number;
  path: string;
  roots: readonly TagNode[];
  onClose: () => void;
}

function parentOf(path: string): string | null {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? null : path.slice(0, cut);
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Runs the action with its undo entry, then closes; a failure stays in the dialog. */
function useSubmit(onClose: () => void): [string | null, (label: string, action: () => Promise<Reversible>) => void, (message: string) => void] {
  const run = useUndoable();
  const [error, setError] = useState<string | null>(null);
  const submit = (label: string, action: () => Promise<Reversible>): void => {
    void run(label, action, setError).then((done) => {
      if (done) onClose();
    });
  };
  return [error, submit, setError];
}

export function RenameDialog({ tagId, path, onClose }: TagDialogProps): ReactNode {
  const [name, setName] = useState(lastSegment(path));
  const [error, submit, setError] = useSubmit(onClose);
  const field = useDialogFocus();
  return (
    <FormDialog
      title={`Rename tag ${path}`}
      submitLabel="Rename"
      error={error}
      onClose={onClose}
      onSubmit={() => {
        const clean = normalizeTagPath(name);
        if (clean === '' || clean.includes('/')) return setError('A name is one segment: not empty, no “/”. Use Move to… to nest a tag.');
        const parent = parentOf(path);
        const newPath = parent === null ? clean : `${parent}/${clean}`;
        if (newPath === path) return onClose();
        submit(`Renamed tag ${path} to ${newPath}`, () => renameTag(tagId, newPath));
      }}
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input ref={field} type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <p className="field-hint">Tags under it follow, on every abstract.</p>
    </FormDialog>
  );
}

/** Tag paths a tag may go under or into: not itself, nor one of its own descendants. */
function otherPaths(roots: readonly TagNode[], tagId: number): { id: number; path: string }[] {
  const self = findNode(roots, tagId);
  const own = new Set(allPaths(self ? [self] : []).map((entry) => entry.id));
  return allPaths(roots).filter((entry) => !own.has(entry.id));
}

function PathField({ label, value, onChange, paths, hint }: { label: string; value: string; onChange: (value: string) => void; paths: readonly string[]; hint: string }): ReactNode {
  const listId = useId();
  const field = useDialogFocus();
  return (
    <>
      <label className="field">
        <span className="field-label">{label}</span>
        <input ref={field} type="text" value={value} list={listId} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      </label>
      <datalist id={listId}>
        {paths.map((path) => (
          <option key={path} value={path} />
        ))}
      </datalist>
      <p className="field-hint">{hint}</p>
    </>
  );
}

export function MoveDialog({ tagId, path, roots, onClose }: TagDialogProps): ReactNode {
  const [parent, setParent] = useState(parentOf(path) ?? '');
  const [error, submit] = useSubmit(onClose);
  const candidates = otherPaths(roots, tagId).map((entry) => entry.path);
  return (
    <FormDialog
      title={`Move tag ${path}`}
      submitLabel="Move"
      error={error}
      onClose={onClose}
      onSubmit={() => {
        const clean = normalizeTagPath(parent);
        const newParent = clean === '' ? null : clean;
        const target = newParent === null ? lastSegment(path) : `${newParent}/${lastSegment(path)}`;
        if (target === path) return onClose();
        submit(`Moved tag ${path} to ${target}`, () => moveTag(tagId, newParent));
      }}
    >
      <PathField label="Move under" value={parent} onChange={setParent} paths={candidates} hint="Leave empty to make it a top-level tag." />
    </FormDialog>
  );
}

export function MergeDialog({ tagId, path, roots, onClose }: TagDialogProps): ReactNode {
  const [into, setInto] = useState('');
  const [error, submit, setError] = useSubmit(onClose);
  const candidates = otherPaths(roots, tagId);
  return (
    <FormDialog
      title={`Merge tag ${path}`}
      submitLabel="Merge"
      error={error}
      onClose={onClose}
      onSubmit={() => {
        const clean = normalizeTagPath(into);
        const target = candidates.find((entry) => entry.path === clean);
        if (!target) return setError(clean === '' ? 'Choose the tag to merge into.' : `There is no tag “${clean}” to merge into.`);
        submit(`Merged tag ${path} into ${target.path}`, () => mergeTag(tagId, target.id));
      }}
    >
      <PathField
        label="Merge into"
        value={into}
        onChange={setInto}
        paths={candidates.map((entry) => entry.path)}
        hint={`Every abstract tagged ${path} gets the other tag instead, and ${path} goes away.`}
      />
    </FormDialog>
  );
}

export function ColourDialog({ tagId, path, roots, onClose }: TagDialogProps): ReactNode {
  const current = findNode(roots, tagId)?.tag.color ?? null;
  const [colour, setColour] = useState<string | null>(current);
  const [error, submit] = useSubmit(onClose);
  const choices = [{ name: 'No colour', value: null }, ...TAG_COLOURS];
  return (
    <FormDialog
      title={`Colour of tag ${path}`}
      submitLabel="Apply"
      error={error}
      onClose={onClose}
      onSubmit={() => {
        if (colour === current) return onClose();
        const name = TAG_COLOURS.find((entry) => entry.value === colour)?.name.toLowerCase() ?? 'no colour';
        submit(`Set ${path} to ${name}`, () => setTagColor(tagId, colour));
      }}
    >
      <div role="radiogroup" aria-label="Colour" className="colour-choices">
        {choices.map((choice) => (
          <label key={choice.name} className="colour-choice">
            <input type="radio" name="tag-colour" checked={colour === choice.value} onChange={() => setColour(choice.value)} />
            <span className="tag-dot" style={tagColorStyle(choice.value)} aria-hidden="true" />
            {choice.name}
          </label>
        ))}
      </div>
    </FormDialog>
  );
}
