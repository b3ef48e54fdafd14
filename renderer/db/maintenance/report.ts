import type { IndexProblem } from '../search/persisted-index';

/**
 * What a bug or a crash can leave behind, one kind per way a row can lose what it belongs to. A row
 * is counted once, under the first kind that fits (an assignment whose abstract and tag are both
 * gone counts as one whose abstract is gone).
 */
export const ORPHAN_KINDS = [
  'tagAssignmentsWithoutAbstract',
  'tagAssignmentsWithoutTag',
  'annotationsWithoutAbstract',
  'notesWithoutAbstract',
  'listItemsWithoutAbstract',
  'listItemsWithoutList',
  'linksWithoutAbstract',
  'mentionsWithoutSource',
  'keysWithoutAbstract',
  'textsWithoutAbstract',
  'capturePiecesWithoutCapture',
  'reviewRecordsWithoutAbstract',
  'reviewRecordsWithoutReview',
  'decisionsWithoutRecord',
] as const;

export type OrphanKind = (typeof ORPHAN_KINDS)[number];

/** The persisted search index: usable, or why the search worker would have to rebuild it. */
export type SearchIndexState = 'ok' | IndexProblem;

export interface LibraryCheckReport {
  /** How many rows of each kind would be removed by a repair. */
  orphans: Record<OrphanKind, number>;
  searchIndex: SearchIndexState;
}

/** True when a repair would change nothing. */
export function isConsistent(report: LibraryCheckReport): boolean {
  return report.searchIndex === 'ok' && ORPHAN_KINDS.every((kind) => report.orphans[kind] === 0);
}
