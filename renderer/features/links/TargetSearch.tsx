import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LinkCandidate } from '../../db/links-candidates';
import { Combobox } from '../../ui/Combobox';
import { searchCandidates } from './link-search';

interface TargetSearchProps {
  candidates: readonly LinkCandidate[] | undefined;
  excludeId: number;
  chosen: LinkCandidate | null;
  onChoose: (candidate: LinkCandidate) => void;
}

/**
 * The dialog's search: a combobox over a listbox of abstracts. Arrows move, Enter or a click
 * chooses. Focus lands here when the dialog opens.
 */
export function TargetSearch({ candidates, excludeId, chosen, onChoose }: TargetSearchProps): ReactNode {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const options = useCallback(
    (typed: string) => (candidates === undefined ? [] : searchCandidates(candidates, typed, excludeId)),
    [candidates, excludeId],
  );

  useEffect(() => {
    // The modal dialog focuses its first button when it opens; the search should win.
    const timer = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className="link-search">
      <Combobox
        popup="listed"
        label="Find an abstract"
        listLabel="Abstracts to link to"
        placeholder="Search by title"
        className={{ input: 'link-search-field', listbox: 'link-search-results', option: 'link-search-option' }}
        inputRef={input}
        optionDir="auto"
        text={query}
        onTextChange={setQuery}
        options={options}
        optionKey={(result) => result.id}
        renderOption={(result) => result.title}
        isSelected={(result) => chosen?.id === result.id}
        onChoose={onChoose}
        empty={candidates !== undefined && <p className="link-search-empty">No abstract matches.</p>}
      />
    </div>
  );
}
