import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AbstractRow } from '../../db/schema/row-types';
import { displayTitle } from '../../../shared/text/display-title';
import { CitationActions } from '../citations';
import { StatusControl } from '../organize';
import { ReaderTags } from '../tags';
import { BibliographicDetails } from './BibliographicDetails';
import { MetaEditor } from './MetaEditor';

const OPEN_SCOPE = { kind: 'open' } as const;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function MetaList({ row }: { row: AbstractRow }): ReactNode {
  const entries: [string, string][] = [];
  if (row.views !== null) entries.push(['Views', row.views.toLocaleString('en-US')]);
  if (row.field) entries.push(['Field', row.field]);
  if (row.language) entries.push(['Language', row.language]);
  entries.push(['Added', dateFormat.format(row.createdAt)]);
  return (
    <dl className="reader-meta">
      {entries.map(([term, value]) => (
        <div key={term} className="reader-meta-entry">
          <dt>{term}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Title, authors, year and metadata, with the inline editor for the details users fill in. */
export function ReaderHeader({ row }: { row: AbstractRow }): ReactNode {
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!editing && returnFocus) editButton.current?.focus();
  }, [editing, returnFocus]);

  const citedIds = useMemo(() => [row.id], [row.id]);
  const authors = row.authors.join(', ');
  const title = (
    <h2 className="reader-title" dir="auto" data-derived={row.title === null || undefined}>
      {displayTitle({ title: row.title, text: row.display.text })}
    </h2>
  );
  if (editing) {
    return (
      <header className="reader-header">
        {title}
        <MetaEditor
          row={row}
          onDone={() => {
            setEditing(false);
            setReturnFocus(true);
          }}
        />
      </header>
    );
  }
  return (
    <header className="reader-header">
      {title}
      <p className="reader-byline">
        {authors ? (
          <span className="reader-authors" dir="auto">
            {authors}
          </span>
        ) : (
          <span className="reader-unknown">Authors unknown</span>
        )}
        {row.year !== null && <span className="reader-year">{row.year}</span>}
      </p>
      <MetaList row={row} />
      <BibliographicDetails row={row} />
      <StatusControl abstractId={row.id} status={row.status} starred={row.starred === 1} />
      <ReaderTags abstractId={row.id} />
      <div className="reader-actions">
        <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <CitationActions ids={citedIds} scope={OPEN_SCOPE} />
      </div>
    </header>
  );
}
