import { describe, expect, it } from 'vitest';
import { filterKey, withCondition, withoutCondition } from '../../../../renderer/features/organize/filter';
import { selectionAfterPick, selectRange } from '../../../../renderer/features/organize/selection';
import { matchTagPaths, normalizeTagPath } from '../../../../renderer/features/tags/tag-match';
import { treeKeyMove, visibleNodes } from '../../../../renderer/features/tags/tree-model';
import type { TagNode } from '../../../../renderer/db/organize/types';

function node(id: number, path: string, children: TagNode[] = []): TagNode {
  return { tag: { id, uid: String(id).padStart(32, '0'), path, color: null }, name: path.split('/').pop() ?? path, count: 1, children };
}

const tree = [node(1, 'theory', [node(2, 'theory/sgd'), node(3, 'theory/landscape')]), node(4, 'vision')];

describe('filters combine', () => {
  it('adds a condition of another kind and replaces one of the same kind', () => {
    const tagged = withCondition({}, { tagId: 1 });
    const both = withCondition(tagged, { status: 'unread' });
    expect(both).toEqual({ tagId: 1, status: 'unread' });
    expect(withCondition(both, { status: 'read' })).toEqual({ tagId: 1, status: 'read' });
    expect(withoutCondition(both, 'tagId')).toEqual({ status: 'unread' });
    expect(filterKey(both)).not.toBe(filterKey(tagged));
  });
});

describe('multi-select', () => {
  const ids = [10, 11, 12, 13, 14];
  it('Shift selects from the anchor, in list order, either direction', () => {
    expect([...selectRange(ids, 13, 11)]).toEqual([11, 12, 13]);
    const picked = selectionAfterPick(ids, { cursorId: 10, anchorId: 10, selected: null }, 14, { toggle: false, range: true });
    expect([...(picked.selected ?? [])]).toEqual(ids);
  });
  it('Ctrl toggles a row into the cursor selection and out again', () => {
    const added = selectionAfterPick(ids, { cursorId: 10, anchorId: 10, selected: null }, 12, { toggle: true, range: false });
    expect([...(added.selected ?? [])].sort()).toEqual([10, 12]);
    const removed = selectionAfterPick(ids, { cursorId: 12, anchorId: 12, selected: added.selected }, 10, { toggle: true, range: false });
    expect([...(removed.selected ?? [])]).toEqual([12]);
  });
  it('a plain click goes back to a single selection', () => {
    expect(selectionAfterPick(ids, { cursorId: 10, anchorId: 10, selected: new Set(ids) }, 13, { toggle: false, range: false }).selected).toBeNull();
  });
});

describe('tag paths', () => {
  it('normalises what was typed', () => {
    expect(normalizeTagPath(' theory // sgd  ')).toBe('theory/sgd');
    expect(normalizeTagPath('  ')).toBe('');
  });
  it('ranks paths that start with the text before segment and inner matches', () => {
    expect(matchTagPaths(['ml/theory', 'theory', 'atheory', 'vision'], 'the')).toEqual(['theory', 'ml/theory', 'atheory']);
  });
});

describe('tree keys', () => {
  const expanded = new Set([1]);
  const items = visibleNodes(tree, expanded);
  it('lists visible items with levels', () => {
    expect(items.map((item) => [item.node.tag.path, item.level])).toEqual([
      ['theory', 1],
      ['theory/sgd', 2],
      ['theory/landscape', 2],
      ['vision', 1],
    ]);
    expect(visibleNodes(tree, new Set()).map((item) => item.node.tag.id)).toEqual([1, 4]);
  });
  it('moves, enters, collapses and climbs like the ARIA tree pattern', () => {
    expect(treeKeyMove('ArrowDown', items, 3, expanded)).toEqual({ kind: 'focus', id: 4 });
    expect(treeKeyMove('ArrowLeft', items, 3, expanded)).toEqual({ kind: 'focus', id: 1 });
    expect(treeKeyMove('ArrowLeft', items, 1, expanded)).toEqual({ kind: 'collapse', id: 1 });
    expect(treeKeyMove('ArrowRight', items, 1, expanded)).toEqual({ kind: 'focus', id: 2 });
    expect(treeKeyMove('ArrowRight', items, 1, new Set())).toEqual({ kind: 'expand', id: 1 });
    expect(treeKeyMove('ArrowRight', items, 4, expanded)).toBeNull();
    expect(treeKeyMove('End', items, 1, expanded)).toEqual({ kind: 'focus', id: 4 });
  });
});
