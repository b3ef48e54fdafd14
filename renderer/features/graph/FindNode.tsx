import { useCallback, useState, type ReactNode } from 'react';
import type { GraphNodeData } from '../../db/graph-data';
import { Combobox } from '../../ui/Combobox';
import { matchNodes } from './find-match';

interface FindNodeProps {
  /** The abstracts the graph shows now. */
  nodes: readonly GraphNodeData[];
  onPick: (id: number) => void;
}

/**
 * "Find in graph": typing lists the shown abstracts by title; ↑/↓ and Enter, or a click, pick one,
 * which the graph then centres and marks. A sole match needs no arrow.
 */
export function FindNode({ nodes, onPick }: FindNodeProps): ReactNode {
  const [text, setText] = useState('');
  const options = useCallback((typed: string) => matchNodes(nodes, typed), [nodes]);
  return (
    <div className="graph-find">
      <Combobox
        popup="dropdown"
        soleOptionIsActive
        label="Find in graph"
        listLabel="Graph matches"
        inputType="search"
        placeholder="Find in graph…"
        className={{ input: 'graph-find-input', listbox: 'graph-find-options', option: 'graph-find-option' }}
        optionDir="auto"
        text={text}
        onTextChange={setText}
        options={options}
        optionKey={(node) => node.id}
        renderOption={(node) => node.label}
        onChoose={(node) => {
          setText(node.label);
          onPick(node.id);
        }}
      />
    </div>
  );
}
