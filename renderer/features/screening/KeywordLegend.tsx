import type { ReactNode } from 'react';
import type { ReviewKeywords } from '../../../shared/screening/keyword-marks';

/** Says which highlight colour is which, and lists the keywords. */
export function KeywordLegend({ keywords }: { keywords: ReviewKeywords }): ReactNode {
  if (keywords.include.length === 0 && keywords.exclude.length === 0) return null;
  return (
    <section className="screening-legend" aria-label="Keyword highlights">
      <h3 className="screening-side-title">Highlighted keywords</h3>
      {keywords.include.length > 0 && (
        <p>
          <mark className="keyword keyword-include">Inclusion</mark> {keywords.include.join(', ')}
        </p>
      )}
      {keywords.exclude.length > 0 && (
        <p>
          <mark className="keyword keyword-exclude">Exclusion</mark> {keywords.exclude.join(', ')}
        </p>
      )}
    </section>
  );
}
