import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  defaultScopeKey,
  liveScopeIds,
  liveScopeOf,
  resolveScopeIds,
  scopeChoices,
  type ScopeChoiceInput,
} from '../../../../../renderer/db/export/scope';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { freshDatabase } from '../fixtures';
import { idAt, seedAbstracts } from '../organize-fixtures';

let database: LecternDB;
let ids: number[];

beforeEach(async () => {
  database = freshDatabase();
  ids = await seedAbstracts(database, 5);
});

const at = (index: number): number => idAt(ids, index);

describe('export scopes read from the library', () => {
  it('the whole library is every abstract, each once', async () => {
    const library = await liveScopeIds({ kind: 'library' }, database);
    expect([...library].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(await resolveScopeIds({ kind: 'library' }, database)).toEqual(library);
  });

  it('a tag covers the abstracts carrying it or a descendant, and nothing else', async () => {
    const { tag } = await addTag(at(1), 'theory', database);
    await addTag(at(3), 'theory/sgd', database);
    await addTag(at(4), 'practice', database);
    const tagged = await liveScopeIds({ kind: 'tag', tagId: tag.id }, database);
    expect([...tagged].sort((a, b) => a - b)).toEqual([at(1), at(3)].sort((a, b) => a - b));
  });

  it('a reading list comes in the list’s own order', async () => {
    const { id: listId } = await createList('Thesis', database);
    await addToList(listId, [at(4), at(0), at(2)], undefined, database);
    expect(await resolveScopeIds({ kind: 'list', listId, name: 'Thesis' }, database)).toEqual([at(4), at(0), at(2)]);
  });

  it('the selection and the current view are exactly the ids the list shows, in its order', async () => {
    expect(await resolveScopeIds({ kind: 'selection', ids: [at(2), at(0)] }, database)).toEqual([at(2), at(0)]);
    const view = { kind: 'view', ids: [at(3)], title: 'Search', live: null } as const;
    expect(await resolveScopeIds(view, database)).toEqual([at(3)]);
    expect(liveScopeOf(view)).toBeNull();
    expect(liveScopeOf({ kind: 'selection', ids: [at(1)] })).toBeNull();
    expect(liveScopeOf({ kind: 'list', listId: 7, name: 'x' })).toEqual({ kind: 'list', listId: 7 });
  });
});

describe('the Scope choices', () => {
  const input = (selectedIds: number[]): ScopeChoiceInput => ({
    selectedIds,
    view: { ids: [1, 2, 3], title: 'theory/sgd', live: { kind: 'tag', tagId: 4 } },
    lists: [{ id: 9, name: 'Thesis background', total: 2 }],
    libraryCount: 26,
  });

  it('offers the selection only when something is selected, and defaults to it', () => {
    const without = scopeChoices(input([]));
    expect(without.map((choice) => choice.label)).toEqual([
      'Current view (3)',
      'Reading list: Thesis background (2)',
      'Whole library (26)',
    ]);
    expect(defaultScopeKey(without)).toBe('view');
    const withSelection = scopeChoices(input([2, 3]));
    expect(withSelection[0]?.label).toBe('Selection (2)');
    expect(defaultScopeKey(withSelection)).toBe('selection');
  });

  it('names each file after its scope', () => {
    expect(scopeChoices(input([])).map((choice) => choice.slug)).toEqual(['theory-sgd', 'thesis-background', 'library']);
  });
});
