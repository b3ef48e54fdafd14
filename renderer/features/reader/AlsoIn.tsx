import type { ReactNode } from 'react';
import type { AbstractRow, SourceSummary } from '../../db/schema/row-types';
import type { SourceRef } from '../../../shared/import/types';

interface AlsoInProps {
  row: AbstractRow;
  sources: readonly SourceSummary[];
  onShowSource: (captureHash: string) => void;
  onShowCapture: (source: SourceRef) => void;
}

const ROLE_TEXT: Record<SourceRef['role'], string> = {
  main: 'the page’s main abstract',
  related: 'listed under the main abstract',
  entry: 'an entry of a reference file',
};

/** Every capture this abstract was found in, each with a way to list that page or read it raw. */
export function AlsoIn({ row, sources, onShowSource, onShowCapture }: AlsoInProps): ReactNode {
  const names = new Map(sources.map((source) => [source.hash, source.fileName]));
  return (
    <section className="reader-section" aria-labelledby="reader-also-in">
      <h3 id="reader-also-in" className="reader-section-title">
        Also in
      </h3>
      <ul className="source-list">
        {row.sources.map((source) => {
          const fileName = names.get(source.captureHash) ?? 'A capture that is no longer stored';
          return (
            <li key={`${source.captureHash}:${source.start}`} className="source-item">
              <button
                type="button"
                className="link-button source-name"
                dir="auto"
                onClick={() => onShowSource(source.captureHash)}
              >
                {fileName}
              </button>
              <span className="source-role">{ROLE_TEXT[source.role]}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Show capture ${fileName}`}
                onClick={() => onShowCapture(source)}
              >
                Show capture
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
