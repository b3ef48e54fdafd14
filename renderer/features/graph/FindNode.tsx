import { useCallback, type ReactNode } from 'react';
import type { GraphNodeData } from '../../db/links/graph-data';
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
  const options = useCallback((typed: string) => matchNodes(nodes, typed), [nodes]);
  return (
    <Combobox
      popup="dropdown"
      soleOptionIsActive
      names={{ field: 'Find in graph', list: 'Graph matches', placeholder: 'Find in graph…' }}
      inputType="search"
      className={{ root: 'graph-find', input: 'graph-find-input', listbox: 'graph-find-options', option: 'graph-find-option' }}
      optionDir="auto"
      options={options}
      optionKey={(node) => node.id}
      renderOption={(node) => node.label}
      onChoose={(node) => {
        onPick(node.id);
        return node.label;
      }}
    />
  );
}
