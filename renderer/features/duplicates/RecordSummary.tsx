import type { ReactNode } from 'react';
import type { AbstractRow } from '../../db/schema/row-types';
import { recordTitle } from './value-text';

interface RecordSummaryProps {
  row: AbstractRow;
  /** "Older record" or "Newer record". */
  caption: string;
  /** Capture file names by hash, for the record's sources. */
  sourceNames: ReadonlyMap<string, string>;
  /** Whether each shown detail differs from the other record's, to draw the eye there. */
  differs: (field: 'year' | 'venue' | 'doi' | 'arxiv') => boolean;
  titleId: string;
  onOpen: (id: number) => void;
}

function Detail({ term, value, differs }: { term: string; value: string | null; differs: boolean }): ReactNode {
  return (
    <div className={differs ? 'duplicate-detail duplicate-differs' : 'duplicate-detail'}>
      <dt>{term}</dt>
      <dd dir="auto">{value ?? <span className="duplicate-none">—</span>}</dd>
    </div>
  );
}

/** One record of a pair, side by side with the other: title (opens it), authors, year, venue, identifiers and sources. */
export function RecordSummary({ row, caption, sourceNames, differs, titleId, onOpen }: RecordSummaryProps): ReactNode {
  const sources = [...new Set(row.sources.map((source) => sourceNames.get(source.captureHash) ?? 'Unknown file'))];
  const title = recordTitle(row);
  return (
    <div className="duplicate-record">
      <p className="duplicate-record-caption">{caption}</p>
      <h3 className="duplicate-record-title" id={titleId}>
        <button type="button" className="link-button" dir="auto" onClick={() => onOpen(row.id)}>
          {title}
        </button>
      </h3>
      <p className="duplicate-authors" dir="auto">
        {row.authors.length > 0 ? row.authors.join(', ') : <span className="duplicate-none">Authors unknown</span>}
      </p>
      <dl className="duplicate-details">
        <Detail term="Year" value={row.year === null ? null : String(row.year)} differs={differs('year')} />
        <Detail term="Venue" value={row.venue} differs={differs('venue')} />
        <Detail term="DOI" value={row.doi} differs={differs('doi')} />
        {(row.arxiv !== null || differs('arxiv')) && <Detail term="arXiv" value={row.arxiv} differs={differs('arxiv')} />}
        <Detail term={sources.length === 1 ? 'Source' : 'Sources'} value={sources.join(', ')} differs={false} />
      </dl>
    </div>
  );
}
