import type { DuplicateCandidate } from '../../../shared/identity/near-duplicates';
import type { LecternDB } from '../schema/database';
import type { StoredAbstractRow } from '../schema/row-types';

/** Rows read per request: large enough that requests are few, small enough that each is a short task. */
const PAGE = 2000;

/** What pair finding needs of a row: no text (it lives in another table and is never read here). */
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

/**
 * Every abstract as a duplicate candidate, read a page at a time in id order (each page its own
 * short transaction, so imports and edits are never held up for long), reporting rows read.
 */
export async function readDuplicateCandidates(database: LecternDB, onProgress?: (done: number, total: number) => void): Promise<DuplicateCandidate[]> {
  const total = await database.abstracts.count();
  const candidates: DuplicateCandidate[] = [];
  let after = -Infinity;
  for (;;) {
    onProgress?.(candidates.length, total);
    const page = await database.abstracts.where(':id').above(after).limit(PAGE).toArray();
    for (const row of page) candidates.push(candidateOf(row));
    const last = page.at(-1);
    if (last === undefined || page.length < PAGE) break;
    after = last.id;
  }
  onProgress?.(candidates.length, Math.max(total, candidates.length));
  return candidates;
}
