import { db as appDb, type LecternDB } from '../schema/database';
import { readDocuments } from './documents';

const BATCH = 500;
/**
 * Checking a phrase reads the abstract, so at most this many candidates (the best ranked) are
 * checked; candidates beyond are left out. The index keeps no word positions to check them faster.
 */
export const PHRASE_CHECK_LIMIT = 5000;

/** Those of `ids` (the first PHRASE_CHECK_LIMIT) whose title, authors or body hold every phrase as consecutive words. */
export async function containsPhrases(ids: ArrayLike<number>, phrases: readonly string[][], database: LecternDB = appDb): Promise<Set<number>> {
  const needles = phrases.map((words) => ` ${words.join(' ')} `);
  const kept = new Set<number>();
  const checked = Math.min(ids.length, PHRASE_CHECK_LIMIT);
  for (let at = 0; at < checked; at += BATCH) {
    for (const document of await readDocuments(Array.from({ length: Math.min(BATCH, checked - at) }, (_, offset) => ids[at + offset] ?? 0), database)) {
      const haystacks = [` ${document.title} `, ` ${document.authors} `, ` ${document.body} `];
      if (needles.every((needle) => haystacks.some((haystack) => haystack.includes(needle)))) kept.add(document.id);
    }
  }
  return kept;
}
