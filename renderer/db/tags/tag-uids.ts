import { randomUid, tagUid } from '../../../shared/sync/uids';
import type { TagRow } from '../organize/types';
import type { LecternDB } from '../schema/database';

/**
 * New tags at `paths`, uncoloured, each born with tagUid(path), so the same tag created offline on
 * two devices is one tag. A renamed tag keeps the uid of the path it was born at; a new tag at that
 * old path is another tag, so it gets a random uid instead. Call inside the transaction that adds them.
 */
export async function newTagRows(paths: readonly string[], database: LecternDB): Promise<Omit<TagRow, 'id'>[]> {
  const rows = paths.map((path) => ({ uid: tagUid(path), path, color: null }));
  // Below version 14 (upgrade tests build older libraries with today's code) no tag has a uid yet.
  if (database.tags.schema.idxByName['uid'] === undefined) return rows;
  const taken = new Set(await database.tags.where('uid').anyOf(rows.map((row) => row.uid)).keys());
  return rows.map((row) => (taken.has(row.uid) ? { ...row, uid: randomUid() } : row));
}
