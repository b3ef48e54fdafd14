import { displayTitle } from '../../../shared/text/display-title';
import { presentAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';

/** The current display title of each of `ids` still in the library. */
export async function queryDisplayTitles(ids: readonly number[], database: LecternDB = appDb): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  const rows = await presentAbstracts(unique, database);
  const titles = new Map<number, string>();
  for (const row of rows) titles.set(row.id, displayTitle({ title: row.title, text: row.display.text }));
  return titles;
}
