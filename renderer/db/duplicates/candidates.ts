import type { DuplicateCandidate, KeyCandidate } from '../../../shared/identity/near-duplicates';
import type { AbstractKeysRow } from '../abstracts/keys';
import type { LecternDB } from '../schema/database';
import type { StoredAbstractRow } from '../schema/row-types';

/** Rows read per request: large enough that requests are few, small enough that each is a short task. */
const PAGE = 5000;
/** Whole rows read per request in the close pass. */
const RECORDS_PER_READ = 1000;

function keyCandidateOf(row: AbstractKeysRow): KeyCandidate {
  return { id: row.id, sortTitle: row.sortTitle, year: row.year, doi: row.doi ?? null, arxiv: row.arxiv ?? null };
}

/**
 * Every abstract's keys row (small: no authors, no text), a page at a time in id order, each page
 * its own short transaction so imports and edits are never held up for long; reports rows read.
 */
export async function readKeyCandidates(database: LecternDB, onProgress?: (done: number, total: number) => void): Promise<KeyCandidate[]> {
  const total = await database.abstractKeys.count();
  const candidates: KeyCandidate[] = [];
  let after = -Infinity;
  for (;;) {
    onProgress?.(candidates.length, total);
    const page = await database.abstractKeys.where(':id').above(after).limit(PAGE).toArray();
    for (const row of page) candidates.push(keyCandidateOf(row));
    const last = page.at(-1);
    if (last === undefined || page.length < PAGE) break;
    after = last.id;
  }
  onProgress?.(candidates.length, Math.max(total, candidates.length));
  return candidates;
}

/** What the close look needs of a whole row: its real title (or, without one, its opening) and every author. */
export function candidateOf(row: StoredAbstractRow): DuplicateCandidate {
  const titled = row.title !== null && row.title.trim() !== '';
  return {
    id: row.id,
    title: row.title,
    // sortTitle is the list's title: for an abstract without one, its first sentence.
    opening: titled ? '' : row.sortTitle,
    year: row.year,
    authors: row.authors,
    doi: row.doi ?? null,
    arxiv: row.arxiv ?? null,
  };
}

/** The rows of `ids` (never their texts), by id; ids no longer in the library are left out. */
export async function readRecordCandidates(database: LecternDB, ids: readonly number[]): Promise<Map<number, DuplicateCandidate>> {
  const records = new Map<number, DuplicateCandidate>();
  for (let from = 0; from < ids.length; from += RECORDS_PER_READ) {
    const rows = await database.abstracts.bulkGet(ids.slice(from, from + RECORDS_PER_READ));
    for (const row of rows) if (row !== undefined) records.set(row.id, candidateOf(row));
  }
  return records;
}
