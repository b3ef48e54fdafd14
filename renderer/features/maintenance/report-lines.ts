import type { LibraryCheckReport, OrphanKind, SearchIndexState } from '../../db/maintenance/report';
import { ORPHAN_KINDS } from '../../db/maintenance/report';

/** Each kind in plain words: one row, several rows, and what is wrong with them. */
const WORDS: Readonly<Record<OrphanKind, [one: string, many: string, problem: string]>> = {
  tagAssignmentsWithoutAbstract: ['tag assignment', 'tag assignments', 'whose abstract is gone'],
  tagAssignmentsWithoutTag: ['tag assignment', 'tag assignments', 'whose tag is gone'],
  annotationsWithoutAbstract: ['highlight', 'highlights', 'whose abstract is gone'],
  notesWithoutAbstract: ['note', 'notes', 'whose abstract is gone'],
  listItemsWithoutAbstract: ['reading list entry', 'reading list entries', 'whose abstract is gone'],
  listItemsWithoutList: ['reading list entry', 'reading list entries', 'whose list is gone'],
  linksWithoutAbstract: ['link', 'links', 'whose abstract is gone'],
  mentionsWithoutSource: ['mention link', 'mention links', 'whose note or comment is gone'],
  keysWithoutAbstract: ['row of sort keys', 'rows of sort keys', 'whose abstract is gone'],
  textsWithoutAbstract: ['stored text', 'stored texts', 'whose abstract is gone'],
  capturePiecesWithoutCapture: ['piece of capture text', 'pieces of capture text', 'whose capture is gone'],
  reviewRecordsWithoutAbstract: ['review record', 'review records', 'whose abstract is gone'],
  reviewRecordsWithoutReview: ['review record', 'review records', 'whose review is gone'],
  decisionsWithoutRecord: ['screening decision', 'screening decisions', 'whose record is no longer in its review'],
};

const INDEX_PROBLEMS: Readonly<Record<Exclude<SearchIndexState, 'ok'>, string>> = {
  missing: 'The saved search index is missing',
  outdated: 'The saved search index is out of date',
  corrupt: 'The saved search index is damaged',
};

/** The report's orphans as sentences, "3 tag assignments whose abstract is gone", largest kinds in report order. */
export function orphanLines(report: LibraryCheckReport): string[] {
  return ORPHAN_KINDS.flatMap((kind) => {
    const count = report.orphans[kind];
    if (count === 0) return [];
    const [one, many, problem] = WORDS[kind];
    return [`${count.toLocaleString('en-US')} ${count === 1 ? one : many} ${problem}`];
  });
}

/** The search index's problem in words, or null when it has none. */
export function indexLine(state: SearchIndexState): string | null {
  return state === 'ok' ? null : INDEX_PROBLEMS[state];
}
