import { findTitles, type TitleHit } from '../titles/title-index';
import type { LecternDB } from '../schema/database';

/** An abstract a note may mention: its id and its display title. */
export type MentionTarget = TitleHit;

const DEFAULT_LIMIT = 8;

/**
 * The abstracts whose display title best matches `query`, best first (the title index, so
 * "enrg prop" finds "Energy Propagation…"); with an empty query, the first abstracts by title.
 */
export function searchMentionTargets(query: string, limit = DEFAULT_LIMIT, database?: LecternDB): Promise<MentionTarget[]> {
  return findTitles(query, limit, {}, database);
}
