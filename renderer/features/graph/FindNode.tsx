import { memo, useCallback, type ReactNode } from 'react';
import { findTitles, type TitleHit } from '../../db/titles/title-index';
import { Combobox } from '../../ui/Combobox';

const MAX_OPTIONS = 12;

interface FindNodeProps {
  /** The abstracts the filter lets through, drawn or not (picking one beyond the drawn ones draws it). */
  shown: { has: (id: number) => boolean };
  onPick: (id: number, title: string) => void;
}

/**
 * "Find in graph": typing lists the abstracts the filter lets through, drawn or not, by title
 * (the title index every picker asks, limited to them); ↑/↓ and Enter, or a click, pick one,
 * which the graph then draws, centres and marks. A sole match needs no arrow.
 */
function FindNodeBox({ shown, onPick }: FindNodeProps): ReactNode {
  const options = useCallback(
    (typed: string, signal: AbortSignal): TitleHit[] | Promise<TitleHit[]> => (typed.trim() === '' ? [] : findTitles(typed, MAX_OPTIONS, { within: shown, signal })),
    [shown],
  );
  return (
    <Combobox
      popup="dropdown"
      soleOptionIsActive
      names={{ field: 'Find in graph', list: 'Graph matches', placeholder: 'Find in graph…' }}
      inputType="search"
      className={{ root: 'graph-find', input: 'graph-find-input', listbox: 'graph-find-options', option: 'graph-find-option' }}
      optionDir="auto"
      options={options}
      optionKey={(hit) => hit.id}
      renderOption={(hit) => hit.title}
      onChoose={(hit) => {
        onPick(hit.id, hit.title);
        return hit.title;
      }}
    />
  );
}

/** Drawn again only when what the filter shows changes (not when titles arrive or a layout starts or ends). */
export const FindNode = memo(FindNodeBox);
