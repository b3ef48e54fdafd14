import { Dexie } from 'dexie';
import { rankTitles } from '../../../shared/search/rank-titles';
import { displayTitle } from '../../../shared/text/display-title';
import { allAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';

/** An abstract a note may mention: its id and its display title. */
export interface MentionTarget {
  id: number;
  title: string;
}

const DEFAULT_LIMIT = 8;

/** Display titles per database, read once and dropped whenever an abstract changes. */
const titleCache = new Map<string, Promise<MentionTarget[]>>();
let watching = false;

function watchAbstractChanges(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    for (const name of [...titleCache.keys()]) {
      if (Object.keys(parts).some((part) => part.startsWith(`idb://${name}/abstractKeys/`))) titleCache.delete(name);
    }
  });
}

/** Every abstract's target, A to Z by title: the order an empty query lists and ties keep. */
async function readTargets(database: LecternDB): Promise<MentionTarget[]> {
  const targets = (await allAbstracts(database)).map((row) => ({ id: row.id, title: displayTitle({ title: row.title, text: row.display.text }) }));
  return targets.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id - b.id);
}

/** Every abstract's id and display title (cached until an abstract is added, edited or removed). */
export function mentionTargets(database: LecternDB = appDb): Promise<MentionTarget[]> {
  watchAbstractChanges();
  let targets = titleCache.get(database.name);
  if (targets === undefined) {
    targets = readTargets(database);
    titleCache.set(database.name, targets);
    targets.catch(() => titleCache.delete(database.name));
  }
  return targets;
}

/**
 * The abstracts whose display title best matches `query`, best first (the shared title ranking,
 * so "enrg prop" finds "Energy Propagation…"); with an empty query, the first abstracts by title.
 */
export async function searchMentionTargets(query: string, limit = DEFAULT_LIMIT, database: LecternDB = appDb): Promise<MentionTarget[]> {
  const targets = await mentionTargets(database);
  return rankTitles(targets, query, (target) => [target.title], limit).map((ranked) => ranked.item);
}
