import { queryFilterSet } from '../organize/filters';
import { db as appDb, type LecternDB } from '../schema/database';
import type { LibraryFilter } from '../organize/types';
import type { SearchEngine } from './engine';
import type { StructuredClause } from './run-query';
import { reasonIds, reviewMemberIds, verdictIds } from './screening-clauses';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

async function union(database: LecternDB, filters: LibraryFilter[]): Promise<Set<number>> {
  const sets = await Promise.all(filters.map((filter) => queryFilterSet(filter, database)));
  const ids = new Set<number>();
  for (const set of sets) for (const id of set ?? []) ids.add(id);
  return ids;
}

/** Tags named by `value`: its full path, or its last segments (`tag:sgd` finds theory/sgd), any case. */
async function tagFilters(database: LecternDB, value: string): Promise<LibraryFilter[]> {
  const wanted = value.replace(/^\/+|\/+$/g, '').toLowerCase();
  const tags = await database.tags.toArray();
  return tags.filter((tag) => same(tag.path, wanted) || tag.path.toLowerCase().endsWith(`/${wanted}`)).map((tag) => ({ tagId: tag.id }));
}

/** Captures whose file name contains `value` (any case), or whose hash is `value`. */
async function sourceFilters(database: LecternDB, value: string): Promise<LibraryFilter[]> {
  const captures = await database.captures.toArray();
  const lower = value.toLowerCase();
  return captures.filter((capture) => capture.hash === value || capture.fileName.toLowerCase().includes(lower)).map((capture) => ({ captureHash: capture.hash }));
}

/** Reading lists named `value` (any case); when none is, those whose name contains it. */
async function listFilters(database: LecternDB, value: string): Promise<LibraryFilter[]> {
  const lists = await database.lists.toArray();
  const exact = lists.filter((list) => same(list.name, value));
  const chosen = exact.length > 0 ? exact : lists.filter((list) => list.name.toLowerCase().includes(value.toLowerCase()));
  return chosen.map((list) => ({ listId: list.id }));
}

async function keysOf(keys: Promise<unknown[]>): Promise<Set<number>> {
  return new Set((await keys).filter((key): key is number => typeof key === 'number'));
}

/** Abstracts by an identifier, through the keys table's index: one lookup, however large the library. */
function withIdentifier(database: LecternDB, index: 'doi' | 'citationKey', value: string): Promise<Set<number>> {
  return keysOf(database.abstractKeys.where(index).equals(value).primaryKeys());
}

/** The abstracts a structured clause holds for (its `negated` is the caller's business). */
export async function structuredIds(engine: SearchEngine, clause: StructuredClause, database: LecternDB = appDb): Promise<Set<number>> {
  switch (clause.kind) {
    case 'tag':
      return union(database, await tagFilters(database, clause.path));
    case 'source':
      return union(database, await sourceFilters(database, clause.value));
    case 'list':
      return union(database, await listFilters(database, clause.value));
    case 'doi':
      return withIdentifier(database, 'doi', clause.value);
    case 'key':
      return withIdentifier(database, 'citationKey', clause.value);
    case 'review':
      return reviewMemberIds(database, clause.value);
    case 'verdict':
      return verdictIds(database, clause.value, clause.reviews);
    case 'reason':
      return reasonIds(database, clause.code, clause.reviews);
    case 'is':
      if (clause.value === 'snippet') return new Set([...engine.ids()].filter((id) => engine.isSnippet(id)));
      return union(database, [clause.value === 'starred' ? { starred: true } : { status: clause.value }]);
    case 'has':
      switch (clause.value) {
        case 'highlight':
          return keysOf(database.annotations.orderBy('abstractId').uniqueKeys());
        case 'note':
          return new Set(
            (await database.notes.where('abstractId').above(0).toArray()).filter((note) => note.text.trim() !== '').map((note) => note.abstractId ?? 0),
          );
        case 'link': {
          // Links the user made or wrote (mentions); the import's same-page links would match nearly everything.
          const links = await database.links.filter((link) => link.origin !== 'import').toArray();
          const ids = new Set<number>();
          for (const link of links) {
            if (link.fromId !== null) ids.add(link.fromId);
            ids.add(link.toId);
          }
          return ids;
        }
      }
  }
}
