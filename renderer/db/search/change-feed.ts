import { cmp, Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';

/** Which abstracts a batch of database changes touched, or `everything` when it cannot tell. */
export interface AffectedAbstracts {
  ids: Set<number>;
  /** Tags whose row changed (a rename): their abstracts' text changed too. */
  tagIds: Set<number>;
  /**
   * Reading state, lists, list items, links, captures or screening changed: `is:`, `list:`,
   * `has:link`, `source:`, `review:` and `reason:` may answer differently, though no abstract's text did.
   */
  structure: boolean;
  everything: boolean;
}

// A row of `abstracts` alone changes for status and star; every change to what search reads (title,
// authors, year, text) rewrites the abstract's keys row and text row too, so those name the ids to re-index.
const STRUCTURE_TABLES = new Set(['abstracts', 'lists', 'listItems', 'links', 'captures', 'reviews', 'reviewRecords', 'decisions']);

interface TreeNode {
  from: unknown;
  to: unknown;
  l?: TreeNode | null;
  r?: TreeNode | null;
}

function isNode(tree: unknown): tree is TreeNode {
  return typeof tree === 'object' && tree !== null && 'from' in tree && 'to' in tree;
}

/** The single keys of an interval tree (as sent, possibly without its prototype); null when it holds a real range. */
function keysOf(tree: IntervalTree | TreeNode | null | undefined): unknown[] | null {
  const keys: unknown[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (cmp(node.from, node.to) !== 0) return null;
    keys.push(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}

/** Which table parts name abstracts, and how to read an abstract id from one of their keys. */
const ABSTRACT_PARTS: Record<string, (key: unknown) => unknown> = {
  'abstractKeys/': (key) => key,
  'abstractKeys/:dels': (key) => key,
  'abstractTexts/': (key) => key,
  'annotations/abstractId': (key) => key,
  'notes/abstractId': (key) => key,
  'abstractTags/': (key): unknown => (Array.isArray(key) ? (key as unknown[])[0] : null),
  'abstractTags/abstractId': (key) => key,
};

/**
 * Reads Dexie's `storagemutated` parts (`idb://<db>/<table>/<index>` → keys) for the changes that
 * matter to search. Parts of other tables, and of other databases, are ignored.
 */
export function affectedAbstracts(parts: ObservabilitySet, databaseName: string): AffectedAbstracts {
  const affected: AffectedAbstracts = { ids: new Set(), tagIds: new Set(), structure: false, everything: false };
  const prefix = `idb://${databaseName}/`;
  for (const [part, tree] of Object.entries(parts)) {
    if (part === 'all') {
      affected.everything = true;
      continue;
    }
    if (!part.startsWith(prefix)) continue;
    const local = part.slice(prefix.length);
    if (STRUCTURE_TABLES.has(local.slice(0, local.indexOf('/')))) affected.structure = true;
    const idOf = ABSTRACT_PARTS[local];
    const isTag = local === 'tags/';
    if (idOf === undefined && !isTag) continue;
    const keys = keysOf(tree);
    if (keys === null) {
      affected.everything = true;
      continue;
    }
    for (const key of keys) {
      const id = isTag ? key : idOf?.(key);
      if (typeof id !== 'number') continue;
      (isTag ? affected.tagIds : affected.ids).add(id);
    }
  }
  return affected;
}

/** Calls `listener` after every committed change to the database, made here or in another page or worker. */
export function watchChanges(listener: (affected: AffectedAbstracts) => void, database: LecternDB = appDb): () => void {
  const onChange = (parts: ObservabilitySet): void => {
    const affected = affectedAbstracts(parts, database.name);
    if (affected.everything || affected.structure || affected.ids.size > 0 || affected.tagIds.size > 0) listener(affected);
  };
  Dexie.on.storagemutated.subscribe(onChange);
  return () => Dexie.on.storagemutated.unsubscribe(onChange);
}
