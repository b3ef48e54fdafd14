import type { ReactNode } from 'react';
import type { ReviewRow } from '../../../shared/screening/types';
import { describeSelection } from './review-form';

/** The review's criteria (exclusion ones with the key that picks them), keywords and where its records came from. */
export function ReviewDetails({ review }: { review: ReviewRow }): ReactNode {
  const inclusion = review.criteria.filter((criterion) => criterion.kind === 'include');
  const exclusion = review.criteria.filter((criterion) => criterion.kind === 'exclude');
  return (
    <div className="review-details">
      <section aria-labelledby="review-inclusion" className="review-section">
        <h3 id="review-inclusion" className="review-section-title">
          Inclusion criteria
        </h3>
        {inclusion.length === 0 ? (
          <p className="review-none">None</p>
        ) : (
          <ul className="review-criteria">
            {inclusion.map((criterion) => (
              <li key={criterion.code}>
                <span className="criterion-code">{criterion.code}</span> <span dir="auto">{criterion.label}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="review-exclusion" className="review-section">
        <h3 id="review-exclusion" className="review-section-title">
          Exclusion criteria
        </h3>
        {exclusion.length === 0 ? (
          <p className="review-none">None</p>
        ) : (
          <ol className="review-criteria">
            {exclusion.map((criterion, index) => (
              <li key={criterion.code}>
                <kbd className="criterion-key" title={`Key ${index + 1} in screening mode`}>
                  {index + 1}
                </kbd>{' '}
                <span className="criterion-code">{criterion.code}</span> <span dir="auto">{criterion.label}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="review-keywords" className="review-section">
        <h3 id="review-keywords" className="review-section-title">
          Keywords
        </h3>
        <KeywordLine label="Inclusion" words={review.includeKeywords} className="keyword-include" />
        <KeywordLine label="Exclusion" words={review.excludeKeywords} className="keyword-exclude" />
      </section>
      <section aria-labelledby="review-sources" className="review-section">
        <h3 id="review-sources" className="review-section-title">
          Records from
        </h3>
        <ul className="review-selections">
          {review.selections.map((selection, index) => (
            <li key={index} dir="auto">
              {describeSelection(selection)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function KeywordLine({ label, words, className }: { label: string; words: readonly string[]; className: string }): ReactNode {
  return (
    <p className="keyword-line">
      <span className="keyword-line-label">{label}:</span>{' '}
      {words.length === 0
        ? 'none'
        : words.map((word) => (
            <span key={word} className={`keyword ${className}`} dir="auto">
              {word}
            </span>
          ))}
    </p>
  );
}
