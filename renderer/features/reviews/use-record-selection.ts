import { useMemo, useState } from 'react';
import { useSources } from '../../db/abstracts/hooks';
import { useLists } from '../../db/organize/hooks';
import type { RecordSelection } from '../../../shared/screening/types';
import { LIBRARY_SELECTION, isSelection, selectionOf, type SelectionDraft } from './review-form';
import { useResolvedSelection, type ResolvedSelection } from './use-resolved-selection';

export interface RecordSelectionState {
  draft: SelectionDraft;
  setDraft: (draft: SelectionDraft) => void;
  resolved: ResolvedSelection;
  /** The selection and its abstracts once counted, or why they cannot be used yet. */
  check: () => { selection: RecordSelection; ids: number[] } | { problem: string };
}

/** The Records field's state: the choice, the abstracts it names (counted live), and whether a review can be made of them. */
export function useRecordSelection(): RecordSelectionState {
  const [draft, setDraft] = useState<SelectionDraft>(LIBRARY_SELECTION);
  const sources = useSources();
  const lists = useLists();
  const chosen = useMemo(() => selectionOf(draft, sources ?? [], lists ?? []), [draft, sources, lists]);
  const resolved = useResolvedSelection(isSelection(chosen) ? chosen : null);
  const check = (): { selection: RecordSelection; ids: number[] } | { problem: string } => {
    if (!isSelection(chosen)) return chosen;
    if (resolved.state === 'failed') return { problem: `Could not count the records: ${resolved.message}` };
    if (resolved.state !== 'done') return { problem: 'Still counting the records; try again in a moment.' };
    if (resolved.ids.length === 0) return { problem: 'No records match this choice.' };
    return { selection: chosen, ids: resolved.ids };
  };
  return { draft, setDraft, resolved, check };
}
