import { randomUid, tagUid } from '../../../shared/sync/uids';
import type { LecternDB } from '../schema/database';

/**
 * The uids new tags at `paths` are born with: tagUid(path), so the same tag created offline on two
 * devices is one tag. A renamed tag keeps the uid of the path it was born at; a new tag at that old
 * path is another tag, so it gets a random uid instead. Call inside the transaction that adds them.
 */
export async function uidsForNewTags(paths: readonly string[], database: LecternDB): Promise<string[]> {
  const derived = paths.map(tagUid);
  // Below version 14 (upgrade tests build older libraries with today's code) no tag has a uid yet.
  if (database.tags.schema.idxByName['uid'] === undefined) return derived;
  const taken = new Set(await database.tags.where('uid').anyOf(derived).keys());
  return derived.map((uid) => (taken.has(uid) ? randomUid() : uid));
}
