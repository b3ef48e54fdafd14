import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTagTree } from '../../db/organize/hooks';
import type { TagNode } from '../../db/organize/types';
import { TagActions, type TagMenuTarget } from './TagActions';
import { tagColorStyle } from './tag-color';
import { allPaths, treeKeyMove, visibleNodes } from './tree-model';
import './tags.css';

interface TagTreeProps {
  selectedTagId: number | undefined;
  onSelect: (tagId: number) => void;
}

function itemDomId(tagId: number): string {
  return `tag-tree-item-${tagId}`;
}

interface ItemProps {
  node: TagNode;
  level: number;
  expanded: ReadonlySet<number>;
  focusedId: number | undefined;
  selectedTagId: number | undefined;
  onToggle: (id: number) => void;
  onSelect: (id: number) => void;
  onFocusItem: (id: number) => void;
  onMenu: (target: TagMenuTarget) => void;
}

function TagTreeItem(props: ItemProps): ReactNode {
  const { node, level, expanded, focusedId, selectedTagId, onToggle, onSelect, onFocusItem, onMenu } = props;
  const id = node.tag.id;
  const hasChildren = node.children.length > 0;
  const isExpanded = expanded.has(id);
  return (
    <li
      id={itemDomId(id)}
      role="treeitem"
      aria-level={level}
      aria-expanded={hasChildren ? isExpanded : undefined}
      aria-selected={selectedTagId === id}
      aria-labelledby={`${itemDomId(id)}-label ${itemDomId(id)}-count`}
      tabIndex={focusedId === id ? 0 : -1}
      className="tag-tree-item"
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusItem(id);
      }}
      onContextMenu={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onFocusItem(id);
        onMenu({ tagId: id, path: node.tag.path, x: event.clientX, y: event.clientY });
      }}
    >
      <div
        className="tag-tree-row"
        style={{ paddingInlineStart: 4 + (level - 1) * 14 }}
        onClick={(event) => {
          event.stopPropagation();
          onFocusItem(id);
          onSelect(id);
        }}
      >
        <span
          className="tag-tree-twisty"
          aria-hidden="true"
          data-open={isExpanded || undefined}
          onClick={(event) => {
            if (!hasChildren) return;
            event.stopPropagation();
            onToggle(id);
          }}
        >
          {hasChildren ? '›' : ''}
        </span>
        <span className="tag-dot" style={tagColorStyle(node.tag.color)} aria-hidden="true" />
        <span id={`${itemDomId(id)}-label`} className="tag-tree-label" title={node.tag.path}>
          {node.name}
        </span>
        <span id={`${itemDomId(id)}-count`} className="sidebar-item-count">
          {node.count.toLocaleString('en-US')}
        </span>
      </div>
      {hasChildren && isExpanded && (
        <ul role="group" className="tag-tree-group">
          {node.children.map((child) => (
            <TagTreeItem key={child.tag.id} {...props} node={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The sidebar's `tree` named "Tags": tags nested by path with counts that include descendants.
 * Roving tabindex; ↑/↓ move, → expands or enters, ← collapses or goes to the parent, Enter/Space
 * select (filtering the list), Shift+F10 or the context-menu key open the tag's actions.
 */
export function TagTree({ selectedTagId, onSelect }: TagTreeProps): ReactNode {
  const roots = useTagTree();
  // Tags start expanded; the user's collapses are remembered while the app runs.
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | undefined>(undefined);
  const [menu, setMenu] = useState<TagMenuTarget | null>(null);
  const wantFocus = useRef(false);

  const expanded = useMemo(
    () => new Set(allPaths(roots ?? []).map((entry) => entry.id).filter((id) => !collapsed.has(id))),
    [roots, collapsed],
  );
  const items = useMemo(() => visibleNodes(roots ?? [], expanded), [roots, expanded]);
  // The tab stop falls back to the selected or first item when the focused one went away.
  const tabStop = items.some((item) => item.node.tag.id === focusedId)
    ? focusedId
    : (items.find((item) => item.node.tag.id === selectedTagId) ?? items[0])?.node.tag.id;

  // After a move, or once a menu or dialog has closed (the page behind a modal can't take focus).
  useEffect(() => {
    if (!wantFocus.current || tabStop === undefined || menu !== null) return;
    wantFocus.current = false;
    document.getElementById(itemDomId(tabStop))?.focus();
  }, [tabStop, menu]);

  if (!roots || roots.length === 0) return null;

  const toggle = (id: number): void =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const moveFocus = (id: number): void => {
    wantFocus.current = true;
    setFocusedId(id);
    document.getElementById(itemDomId(id))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (tabStop === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    const current = items.find((item) => item.node.tag.id === tabStop);
    if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      event.preventDefault();
      const rect = document.getElementById(itemDomId(tabStop))?.getBoundingClientRect();
      if (current) onMenuOpen({ tagId: tabStop, path: current.node.tag.path, x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(tabStop);
      return;
    }
    const move = treeKeyMove(event.key, items, tabStop, expanded);
    if (!move) return;
    event.preventDefault();
    if (move.kind === 'focus') moveFocus(move.id);
    else toggle(move.id);
  };

  const onMenuOpen = (target: TagMenuTarget): void => setMenu(target);

  return (
    <>
      <h2 className="sidebar-heading" id="sidebar-tags">
        Tags
      </h2>
      <ul role="tree" aria-labelledby="sidebar-tags" className="tag-tree" onKeyDown={onKeyDown}>
        {roots.map((node) => (
          <TagTreeItem
            key={node.tag.id}
            node={node}
            level={1}
            expanded={expanded}
            focusedId={tabStop}
            selectedTagId={selectedTagId}
            onToggle={toggle}
            onSelect={onSelect}
            onFocusItem={setFocusedId}
            onMenu={onMenuOpen}
          />
        ))}
      </ul>
      {menu && (
        <TagActions
          target={menu}
          roots={roots}
          onClose={() => {
            setMenu(null);
            moveFocus(menu.tagId);
          }}
        />
      )}
    </>
  );
}
