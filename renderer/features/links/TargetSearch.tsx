import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LinkCandidate } from '../../db/links/candidates';
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
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const listId = useId();
  const results = candidates === undefined ? [] : searchCandidates(candidates, query, excludeId);
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (index: number): string => `${listId}-option-${index}`;

  useEffect(() => {
    // The modal dialog focuses its first button when it opens; the search should win.
    const timer = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    list.current?.querySelector(`#${CSS.escape(optionId(activeIndex))}`)?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const last = results.length - 1;
    if (event.key === 'ArrowDown') setActive(activeIndex >= last ? 0 : activeIndex + 1);
    else if (event.key === 'ArrowUp') setActive(activeIndex <= 0 ? last : activeIndex - 1);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(last);
    else if (event.key === 'Enter') {
      const result = results[activeIndex];
      if (result !== undefined) onChoose(result);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="link-search">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label="Find an abstract"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(activeIndex) : undefined}
        className="link-search-field"
        placeholder="Search by title"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div ref={list} id={listId} role="listbox" aria-label="Abstracts to link to" className="link-search-results">
        {results.map((result, index) => (
          <div
            key={result.id}
            id={optionId(index)}
            role="option"
            aria-selected={chosen?.id === result.id}
            className="link-search-option"
            data-active={index === activeIndex || undefined}
            dir="auto"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setActive(index);
              onChoose(result);
            }}
          >
            {result.title}
          </div>
        ))}
      </div>
      {candidates !== undefined && results.length === 0 && <p className="link-search-empty">No abstract matches.</p>}
    </div>
  );
}
