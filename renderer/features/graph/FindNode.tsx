import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { GraphNodeData } from '../../db/links/graph-data';
import { matchNodes } from './find-match';

interface FindNodeProps {
  /** The abstracts the graph shows now. */
  nodes: readonly GraphNodeData[];
  onPick: (id: number) => void;
}

/**
 * "Find in graph" (ARIA 1.2 combobox, list autocomplete): typing lists the shown abstracts by
 * title; ↑/↓ and Enter, or a click, pick one, which the graph then centres and marks.
 */
export function FindNode({ nodes, onPick }: FindNodeProps): ReactNode {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => matchNodes(nodes, text), [nodes, text]);
  const expanded = open && options.length > 0;
  const activeNode = expanded ? (options[active] ?? (options.length === 1 ? options[0] : undefined)) : undefined;

  const pick = (node: GraphNodeData): void => {
    setText(node.label);
    setOpen(false);
    setActive(-1);
    onPick(node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (event.key === 'Enter' && activeNode !== undefined) {
      event.preventDefault();
      pick(activeNode);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  return (
    <div className="graph-find">
      <input
        type="search"
        role="combobox"
        aria-label="Find in graph"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeNode !== undefined ? `${listId}-${options.indexOf(activeNode)}` : undefined}
        className="graph-find-input"
        placeholder="Find in graph…"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Graph matches" className="graph-find-options" hidden={!expanded}>
        {options.map((node, index) => (
          <li
            key={node.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={node === activeNode}
            className="graph-find-option"
            dir="auto"
            // mousedown, not click: the field keeps focus, so the list does not close first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(node);
            }}
          >
            {node.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
