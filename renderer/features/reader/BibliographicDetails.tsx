import { useId, type ReactNode } from 'react';
import type { AbstractRow } from '../../db/schema/row-types';
import { CopyCitationKey } from './CopyCitationKey';
import { detailEntries, type DetailEntry } from './details-entries';
import { ExternalLink } from './ExternalLink';
import { RegenerateCitationKey } from './RegenerateCitationKey';
import './details.css';

function DetailValue({ entry, abstractId }: { entry: DetailEntry; abstractId: number }): ReactNode {
  switch (entry.kind) {
    case 'text':
      return entry.value;
    case 'link':
      return <ExternalLink href={entry.href}>{entry.value}</ExternalLink>;
    case 'citation-key':
      return (
        <>
          <code className="details-key">{entry.value}</code>
          <CopyCitationKey citationKey={entry.value} />
          <RegenerateCitationKey abstractId={abstractId} />
        </>
      );
  }
}

/** The region "Details": what is known of the work beyond title, authors and year. Nothing when nothing is. */
export function BibliographicDetails({ row }: { row: AbstractRow }): ReactNode {
  const headingId = useId();
  const entries = detailEntries(row);
  if (entries.length === 0) return null;
  return (
    <section className="reader-details" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        Details
      </h3>
      <dl className="reader-details-list">
        {entries.map((entry) => (
          <div key={entry.term} className="reader-details-entry">
            <dt>{entry.term}</dt>
            <dd dir="auto">
              <DetailValue entry={entry} abstractId={row.id} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
