import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSources } from '../../db/abstracts/hooks';
import { duplicateScanner } from '../../db/duplicates/duplicate-scanner';
import { useRecordsById } from '../../db/duplicates/hooks';
import type { AbstractRow } from '../../db/schema/row-types';
import { countLabel } from '../../ui/format';
import { MergeDialog } from './MergeDialog';
import { PairCard } from './PairCard';
import { ScanProgressLine } from './ScanProgressLine';
import { useDuplicateScan } from './use-duplicate-scan';
import { usePairDecisions } from './use-pair-decisions';
import './duplicates.css';

/** Pairs shown at first, and added by each "Show more": a long list of cards is slow to lay out. */
const PAGE = 50;

export interface DuplicatesViewProps {
  /** Opens an abstract in the reader (the app switches back to the library). */
  onOpen: (id: number) => void;
}

/** "Possible duplicates": each pair of records that look like one paper, side by side, with Merge and Not duplicates. */
export function DuplicatesView({ onOpen }: DuplicatesViewProps): ReactNode {
  const { pairs, progress, error } = useDuplicateScan();
  const [shownCount, setShownCount] = useState(PAGE);
  const [merging, setMerging] = useState<{ survivor: AbstractRow; loser: AbstractRow } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const decisions = usePairDecisions(pairs, headingRef, merging !== null);
  const shown = useMemo(() => (pairs ?? []).slice(0, shownCount), [pairs, shownCount]);
  const records = useRecordsById(useMemo(() => shown.flatMap((pair) => [pair.low, pair.high]), [shown]));
  const sources = useSources();
  const sourceNames = useMemo(() => new Map((sources ?? []).map((source) => [source.hash, source.fileName])), [sources]);
  useEffect(() => duplicateScanner().ensureScanned(), []);

  // A pair whose records are not read yet (or just left the library) waits for the next render.
  const cards = shown.flatMap((pair) => {
    const first = records?.get(pair.low);
    const second = records?.get(pair.high);
    return first === undefined || second === undefined ? [] : [{ pair, first, second, key: `${pair.low}:${pair.high}` }];
  });
  return (
    <div className="duplicates-view">
      <header className="duplicates-header">
        <h2 className="duplicates-title" tabIndex={-1} ref={headingRef}>
          Possible duplicates
        </h2>
        {pairs !== null && <span className="duplicates-count">{countLabel(pairs.length, 'pair')}</span>}
      </header>
      <ScanProgressLine progress={progress} />
      {error !== null && (
        <p role="alert" className="form-error duplicates-error">
          Looking for duplicates failed: {error}
        </p>
      )}
      {pairs !== null && pairs.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">No possible duplicates</p>
          <p className="empty-state-hint">Records that look like one paper (alike titles, a shared author) are listed here to merge.</p>
        </div>
      )}
      {cards.length > 0 && (
        <ul className="duplicates-list" aria-label="Possible duplicate pairs">
          {cards.map(({ pair, first, second, key }) => (
            <li key={key}>
              <PairCard
                pair={pair}
                first={first}
                second={second}
                sourceNames={sourceNames}
                onOpen={onOpen}
                onMerge={(survivor, loser) => setMerging({ survivor, loser })}
                onNotDuplicates={(settled) => void decisions.notDuplicates(settled)}
                mergeRef={(button) => {
                  if (button === null) decisions.mergeButtons.current.delete(key);
                  else decisions.mergeButtons.current.set(key, button);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {pairs !== null && pairs.length > shown.length && (
        <div className="duplicates-more">
          <button type="button" className="button" onClick={() => setShownCount(shownCount + PAGE)}>
            Show {Math.min(PAGE, pairs.length - shown.length)} more
          </button>
        </div>
      )}
      {merging !== null && (
        <MergeDialog
          survivor={merging.survivor}
          loser={merging.loser}
          onMerge={(choices, reportFailure) => decisions.merge(merging.survivor.id, merging.loser.id, choices, reportFailure)}
          onClose={() => setMerging(null)}
        />
      )}
    </div>
  );
}
