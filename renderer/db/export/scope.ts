// Which abstracts an export covers, and the scope choices the Export dialog offers.

import { slugify } from '../../../shared/text/slug';
import { orderedItems } from '../lists/lists';
import { libraryOrder, queryFilteredIds } from '../organize/filters';
import { db as appDb, type LecternDB } from '../schema/database';

/** A scope that can be read again from the library at any time: what "Keep updated" follows. */
export type LiveScope = { kind: 'library' } | { kind: 'tag'; tagId: number } | { kind: 'list'; listId: number };

/**
 * What an export covers. The selection and the current view are the ids the list shows (a
 * search's results included); a view that is exactly one tag, list or the whole library also
 * names that scope, so it can be kept updated.
 */
export type ExportScope =
  | { kind: 'selection'; ids: readonly number[] }
  | { kind: 'view'; ids: readonly number[]; title: string; live: LiveScope | null }
  | { kind: 'list'; listId: number; name: string }
  | { kind: 'library' };

export interface ScopeChoice {
  /** Stable while the dialog is open: `selection`, `view`, `list:3`, `library`. */
  key: string;
  label: string;
  scope: ExportScope;
  /** For the file name: `lectern-<slug>-YYYY-MM-DD.<ext>`. */
  slug: string;
}

export interface ScopeChoiceInput {
  selectedIds: readonly number[];
  view: { ids: readonly number[]; title: string; live: LiveScope | null };
  lists: readonly { id: number; name: string; total: number }[];
  libraryCount: number;
}

/** The Scope options, in the dialog's order; the selection is offered only when there is one. */
export function scopeChoices({ selectedIds, view, lists, libraryCount }: ScopeChoiceInput): ScopeChoice[] {
  const choices: ScopeChoice[] = [];
  if (selectedIds.length > 0)
    choices.push({ key: 'selection', label: `Selection (${selectedIds.length})`, scope: { kind: 'selection', ids: selectedIds }, slug: 'selection' });
  choices.push({
    key: 'view',
    label: `Current view (${view.ids.length})`,
    scope: { kind: 'view', ids: view.ids, title: view.title, live: view.live },
    slug: slugify(view.title, 40) || 'view',
  });
  for (const list of lists)
    choices.push({
      key: `list:${list.id}`,
      label: `Reading list: ${list.name} (${list.total})`,
      scope: { kind: 'list', listId: list.id, name: list.name },
      slug: slugify(list.name, 40) || 'list',
    });
  choices.push({ key: 'library', label: `Whole library (${libraryCount})`, scope: { kind: 'library' }, slug: 'library' });
  return choices;
}

/** The selection when there is one, else the current view. */
export function defaultScopeKey(choices: readonly ScopeChoice[]): string {
  return choices.some((choice) => choice.key === 'selection') ? 'selection' : 'view';
}

/** The scope to keep updated, when the scope has one. */
export function liveScopeOf(scope: ExportScope): LiveScope | null {
  switch (scope.kind) {
    case 'library':
      return { kind: 'library' };
    case 'list':
      return { kind: 'list', listId: scope.listId };
    case 'view':
      return scope.live;
    case 'selection':
      return null;
  }
}

/**
 * The ids of a live scope, read afresh. The library and a tag come oldest first, so a file kept
 * updated grows at its end and its history stays small; a list keeps its own order.
 */
export async function liveScopeIds(scope: LiveScope, database: LecternDB = appDb): Promise<number[]> {
  switch (scope.kind) {
    case 'library':
      return (await libraryOrder('added', database)).reverse();
    case 'tag':
      return (await queryFilteredIds({ tagId: scope.tagId }, 'added', database)).reverse();
    case 'list':
      return (await orderedItems(scope.listId, database)).map((item) => item.abstractId);
  }
}

/** The ids an export of `scope` covers, in the order they are written. */
export function resolveScopeIds(scope: ExportScope, database: LecternDB = appDb): Promise<readonly number[]> {
  switch (scope.kind) {
    case 'selection':
    case 'view':
      return Promise.resolve(scope.ids);
    case 'list':
      return liveScopeIds({ kind: 'list', listId: scope.listId }, database);
    case 'library':
      return liveScopeIds({ kind: 'library' }, database);
  }
}
