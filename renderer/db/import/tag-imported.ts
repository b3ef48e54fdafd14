import type { RecordHome } from '../../../shared/identity/reference-plan';
import type { IncomingRecord } from '../../../shared/import/plan-types';
import type { AbstractTagRow } from '../organize/types';
import type { LecternDB } from '../schema/database';
import { ensureTagPaths } from '../tags/store';
import { inChunks, letInputIn, STEP_BUDGET_MS } from './in-chunks';
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
  // A large file repeats a few thousand keywords across 100k entries: each is cleaned once.
  const cleaned = new Map<string, string | null>();
  const pathOf = (tag: string): string | null => {
    let path = cleaned.get(tag);
    if (path === undefined) {
      path = cleanPath(tag);
      cleaned.set(tag, path);
    }
    return path;
  };
  // A 100k-entry file's keywords take hundreds of milliseconds to gather: input gets in between steps.
  let stepStarted = performance.now();
  for (const [position, { record }] of records.entries()) {
    if (performance.now() - stepStarted > STEP_BUDGET_MS) {
      await letInputIn(database);
      stepStarted = performance.now();
    }
    const home = homes[position];
    const abstractId = home?.kind === 'create' ? createdIds[home.index] : home?.kind === 'update' ? home.id : undefined;
    if (abstractId === undefined) continue;
    for (const tag of record.tags) {
      const path = pathOf(tag);
      if (path !== null) wanted.push({ abstractId, path });
    }
  }
  if (wanted.length === 0) return 0;
  const tags = await ensureTagPaths([...new Set(cleaned.values())].filter((path): path is string => path !== null), database);
  const rows = wanted.flatMap(({ abstractId, path }): AbstractTagRow[] => {
    const tag = tags.get(path);
    return tag === undefined ? [] : [{ abstractId, tagId: tag.id }];
  });
  // In chunks: one bulkPut of a large file's 100k assignments would hold the page for seconds.
  await inChunks(rows, async (chunk) => {
    await database.abstractTags.bulkPut(chunk);
    return [];
  });
  return rows.length;
}

function cleanPath(tag: string): string | null {
  try {
    return normaliseTagPath(tag);
  } catch {
    return null;
  }
}
