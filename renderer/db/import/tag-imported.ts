import type { RecordHome } from '../../../shared/identity/reference-plan';
import type { IncomingRecord } from '../../../shared/import/plan-types';
import type { AbstractTagRow } from '../organize/types';
import type { LecternDB } from '../schema/database';
import { ensureTagPaths } from '../tags/store';
import { normaliseTagPath } from '../tags/tag-path';

/**
 * Puts each new or merged entry's keywords and groups on its abstract, creating the tags (nested
 * for groups) in the import's transaction. An entry already imported before changes nothing, so a
 * tag the user took off does not come back with a re-import.
 */
export async function tagImportedEntries(
  records: readonly IncomingRecord[],
  homes: readonly RecordHome[],
  createdIds: readonly number[],
  database: LecternDB,
): Promise<number> {
  const wanted: { abstractId: number; path: string }[] = [];
  records.forEach(({ record }, position) => {
    const home = homes[position];
    const abstractId = home?.kind === 'create' ? createdIds[home.index] : home?.kind === 'update' ? home.id : undefined;
    if (abstractId === undefined) return;
    for (const tag of record.tags) {
      const path = cleanPath(tag);
      if (path !== null) wanted.push({ abstractId, path });
    }
  });
  if (wanted.length === 0) return 0;
  const tags = await ensureTagPaths(wanted.map((entry) => entry.path), database);
  const rows = wanted.flatMap(({ abstractId, path }): AbstractTagRow[] => {
    const tag = tags.get(path);
    return tag === undefined ? [] : [{ abstractId, tagId: tag.id }];
  });
  await database.abstractTags.bulkPut(rows);
  return rows.length;
}

function cleanPath(tag: string): string | null {
  try {
    return normaliseTagPath(tag);
  } catch {
    return null;
  }
}
