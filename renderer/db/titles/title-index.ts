import { mentionTargets } from '../links/mention-search';
import { rankTitles } from '../../../shared/search/rank-titles';
import { db as appDb, type LecternDB } from '../schema/database';

// The one title index every picker asks (Link to…, the [[ / @ mention menu, the palette's
// "go to abstract" and the graph's Find in graph), and where the graph gets its labels.
// Interim implementation: it still reads every abstract row once; the title index replaces it.

/** An abstract as a picker lists it. */
export interface TitleHit {
  id: number;
  /** The display title (the title, or the start of the text when the abstract has none). */
  title: string;
}

export interface FindTitlesOptions {
  /** Ids never offered (the abstract a link starts from). */
  exclude?: readonly number[];
}

/**
 * The abstracts whose display title best matches `query`, best first, at most `limit`, ranked by
 * the shared title rules (shared/search/rank-titles.ts) so every picker gives the same order;
 * an empty query gives the first `limit` abstracts A to Z by title.
 */
export async function findTitles(query: string, limit: number, options: FindTitlesOptions = {}, database: LecternDB = appDb): Promise<TitleHit[]> {
  const excluded = new Set(options.exclude ?? []);
  const targets = (await mentionTargets(database)).filter((target) => !excluded.has(target.id));
  return rankTitles(targets, query, (target) => [target.title], limit).map((ranked) => ranked.item);
}

/** The display titles of `ids`; ids not in the library are left out. */
export async function titlesOf(ids: readonly number[], database: LecternDB = appDb): Promise<Map<number, string>> {
  const wanted = new Set(ids);
  const titles = new Map<number, string>();
  for (const target of await mentionTargets(database)) if (wanted.has(target.id)) titles.set(target.id, target.title);
  return titles;
}
