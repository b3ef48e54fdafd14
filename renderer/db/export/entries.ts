import type { ExportEntry } from '../../../shared/export/types';
import { displayTitle } from '../../../shared/text/display-title';
import { presentAbstracts } from '../abstracts/records';
import { abstractTables } from '../abstracts/store';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractRow } from '../schema/row-types';
import { assignmentsOfAbstracts } from '../tags/store';

/** Abstracts read per request: one page of a 100k export stays a few megabytes. */
const PAGE = 2_000;

/**
 * The export form of the abstracts of `ids` that are in the library, in the order given. Each page
 * is read in one transaction, so an entry's text, tags and record always agree.
 */
export async function exportEntries(ids: readonly number[], database: LecternDB = appDb): Promise<ExportEntry[]> {
  const paths = new Map((await database.tags.toArray()).map((tag) => [tag.id, tag.path]));
  const entries: ExportEntry[] = [];
  for (let from = 0; from < ids.length; from += PAGE) {
    const page = ids.slice(from, from + PAGE);
    const { rows, assignments } = await database.transaction('r', [...abstractTables(database), database.abstractTags], async () => ({
      rows: await presentAbstracts(page, database),
      assignments: await assignmentsOfAbstracts(page, database).primaryKeys(),
    }));
    const tagsOf = new Map<number, string[]>();
    for (const [abstractId, tagId] of assignments) {
      const path = paths.get(tagId);
      if (path === undefined) continue;
      const list = tagsOf.get(abstractId) ?? [];
      list.push(path);
      tagsOf.set(abstractId, list);
    }
    for (const row of rows) entries.push(entryOf(row, (tagsOf.get(row.id) ?? []).sort()));
  }
  return entries;
}

/** Since version 12 every abstract has a key; a row without one is a bug to report, not to paper over. */
function citationKeyOf(row: AbstractRow): string {
  if (row.citationKey === null || row.citationKey === '') throw new Error(`Abstract ${row.id} has no citation key; the library needs its version 12 upgrade.`);
  return row.citationKey;
}

function entryOf(row: AbstractRow, tags: string[]): ExportEntry {
  return {
    id: row.id,
    citationKey: citationKeyOf(row),
    title: row.title,
    displayTitle: displayTitle({ title: row.title, text: row.display.text }),
    authors: row.authors,
    year: row.year,
    abstract: row.display.text,
    doi: row.doi,
    arxiv: row.arxiv,
    url: row.url,
    venue: row.venue,
    type: row.type,
    keywords: row.keywords,
    tags,
    fields: row.fields,
    status: row.status,
    starred: row.starred === 1,
    addedAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
