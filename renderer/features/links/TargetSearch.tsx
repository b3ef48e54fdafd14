import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { LinkCandidate } from '../../db/links/candidates';
import { Combobox } from '../../ui/Combobox';
import { searchCandidates } from './link-search';

interface TargetSearchProps {
  excludeId: number;
  chosen: LinkCandidate | null;
  onChoose: (candidate: LinkCandidate) => void;
}

/**
 * The dialog's search: a combobox over a listbox of abstracts. Arrows move, Enter or a click
 * chooses. Focus lands here when the dialog opens.
 */
export function TargetSearch({ excludeId, chosen, onChoose }: TargetSearchProps): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const options = useCallback((typed: string, signal: AbortSignal) => searchCandidates(typed, excludeId, undefined, undefined, signal), [excludeId]);

  useEffect(() => {
    // The modal dialog focuses its first button when it opens; the search should win.
    const timer = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  return (
    <Combobox
      popup="listed"
      names={{ field: 'Find an abstract', list: 'Abstracts to link to', placeholder: 'Search by title' }}
      className={{ root: 'link-search', input: 'link-search-field', listbox: 'link-search-results', option: 'link-search-option' }}
      inputRef={input}
      optionDir="auto"
      options={options}
      optionKey={(result) => result.id}
      renderOption={(result) => result.title}
      isSelected={(result) => chosen?.id === result.id}
      onChoose={onChoose}
      empty={<p className="link-search-empty">No abstract matches.</p>}
    />
  );
}
