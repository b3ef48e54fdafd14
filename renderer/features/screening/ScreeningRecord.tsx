import { useMemo, type ReactNode } from 'react';
import type { AbstractRow } from '../../db/schema/row-types';
import { keywordMarks, type ReviewKeywords } from '../../../shared/screening/keyword-marks';
import { displayTitle } from '../../../shared/text/display-title';
import { KeywordText, MarkedText } from './KeywordText';

/** One record as screening shows it: title, authors, year and venue, then the text, with the review's keywords marked. */
export function ScreeningRecord({
  row,
  keywords,
}: {
  row: AbstractRow;
  keywords: ReviewKeywords;
}): ReactNode {
  const title = displayTitle({ title: row.title, text: row.display.text });
  const titleMarks = useMemo(() => keywordMarks(title, keywords), [title, keywords]);
  const textMarks = useMemo(() => keywordMarks(row.display.text, keywords), [row.display.text, keywords]);
  const authors = row.authors.join(', ');
  return (
    <article className="screening-record" aria-labelledby="screening-record-title">
      <h3
        id="screening-record-title"
        className="screening-title"
        dir="auto"
        data-derived={row.title === null || undefined}
      >
        <MarkedText text={title} start={0} end={title.length} marks={titleMarks} />
      </h3>
      <p className="screening-byline">
        {authors ? (
          <span className="screening-authors" dir="auto">
            {authors}
          </span>
        ) : (
          <span className="screening-unknown">Authors unknown</span>
        )}
        {row.year !== null && <span className="screening-year">{row.year}</span>}
        {row.venue && (
          <span className="screening-venue" dir="auto">
            {row.venue}
          </span>
        )}
      </p>
      <KeywordText text={row.display.text} truncated={row.truncated} marks={textMarks} />
    </article>
  );
}
