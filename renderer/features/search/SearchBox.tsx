import { useId, type ReactNode } from 'react';
import { SEARCH_BOX_ID } from './focus-search';
import { IndexProgress } from './IndexProgress';
import { SaveSearchButton } from './SaveSearchButton';
import { isSearching, useSearchState } from './search-context';
import './search.css';

/**
 * The `searchbox` above the list: results follow each keystroke, Escape clears, a query the
 * parser cannot read is explained under the box (never thrown), and the query can be saved.
 */
export function SearchBox(): ReactNode {
  const state = useSearchState();
  const { query, setQuery, outcome } = state;
  const problemId = useId();
  const errors = isSearching(state) ? (outcome?.errors ?? []) : [];
  const problem = errors.map((error) => error.message).join(' ');
  return (
    <div className="search-bar">
      <div className="search-row">
        <input
          id={SEARCH_BOX_ID}
          type="search"
          aria-label="Search"
          className="search-field"
          placeholder="Search  (/)   tag:  author:  year:  is:unread  -not"
          autoComplete="off"
          spellCheck={false}
          value={query}
          aria-invalid={problem !== '' || undefined}
          aria-describedby={problem !== '' ? problemId : undefined}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // The first Escape clears the query, the next gives the focus back to the list.
            if (query === '') document.querySelector<HTMLElement>('[role="listbox"][aria-label="Abstracts"]')?.focus();
            else setQuery('');
            event.preventDefault();
          }}
        />
        {isSearching(state) && <SaveSearchButton query={query} disabled={problem !== ''} />}
      </div>
      {problem !== '' && (
        <p id={problemId} className="search-problem">
          {problem}
        </p>
      )}
      <IndexProgress />
    </div>
  );
}
