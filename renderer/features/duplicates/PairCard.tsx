import { useId, type ReactNode, type Ref } from 'react';
import type { NearDuplicatePair } from '../../../shared/identity/near-duplicates';
import { differingFields, survivorFirst, type MergeField } from '../../db/duplicates/merge-fields';
import type { AbstractRow } from '../../db/schema/row-types';
import { RecordSummary } from './RecordSummary';
import { reasonText } from './value-text';

interface PairCardProps {
  pair: NearDuplicatePair;
  first: AbstractRow;
  second: AbstractRow;
  sourceNames: ReadonlyMap<string, string>;
  onOpen: (id: number) => void;
  onMerge: (survivor: AbstractRow, loser: AbstractRow) => void;
  onNotDuplicates: (pair: NearDuplicatePair) => void;
  /** The card's Merge button, for focus to land on after the card before it leaves. */
  mergeRef?: Ref<HTMLButtonElement>;
}

/** One possible duplicate: both records side by side (the older one first, as the survivor), why they look alike, and the two decisions. */
export function PairCard({ pair, first, second, sourceNames, onOpen, onMerge, onNotDuplicates, mergeRef }: PairCardProps): ReactNode {
  const [survivor, loser] = survivorFirst(first, second);
  const differing = new Set<MergeField>(differingFields(survivor, loser));
  const differs = (field: MergeField): boolean => differing.has(field);
  const titleIds = [useId(), useId()];
  const reasonId = useId();
  return (
    <article className="duplicate-pair" aria-labelledby={titleIds[0]} aria-describedby={reasonId}>
      <p className="duplicate-reason" id={reasonId}>
        {reasonText(pair, [survivor.year, loser.year])}
      </p>
      <div className="duplicate-records">
        <RecordSummary row={survivor} caption="Older record" sourceNames={sourceNames} differs={differs} titleId={titleIds[0] ?? ''} onOpen={onOpen} />
        <RecordSummary row={loser} caption="Newer record" sourceNames={sourceNames} differs={differs} titleId={titleIds[1] ?? ''} onOpen={onOpen} />
      </div>
      <div className="duplicate-actions">
        <button type="button" className="button" onClick={() => onNotDuplicates(pair)}>
          Not duplicates
        </button>
        <button type="button" className="button button-primary" ref={mergeRef} onClick={() => onMerge(survivor, loser)}>
          Merge
        </button>
      </div>
    </article>
  );
}
