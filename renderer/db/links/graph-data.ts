import { useLiveQuery } from 'dexie-react-hooks';
import { db as appDb, type LecternDB } from '../schema/database';
import { readAbstractIds, readLinkEnds } from './ends';
import type { LinkEnds } from './ends-blocks';
import type { LinkTypeRow } from './rows';
import type { TagRow } from '../organize/types';

/** An abstract as the graph draws it. */
export interface GraphNodeData {
  id: number;
  /** The display title; empty until the titles are read (they come after the first frame). */
  label: string;
}

/** A link between two abstracts; the link row's id, so parallel links of different types stay apart. */
export interface GraphEdgeData {
  id: number;
  from: number;
  to: number;
  type: string;
}

/** What the graph draws: some abstracts, the links among them, and the link types that colour them. */
export interface GraphData {
  /** By id, ascending, so positions and colours come out the same on every run. */
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  /** The link types the user added (labels and colours); built-in types are not stored. */
  linkTypes: LinkTypeRow[];
}

/**
 * The whole library as the graph reads it: ids and typed arrays, never a row per abstract or link
 * (at 100k abstracts, reading and holding those took most of the first frame).
 */
export interface GraphLibrary {
  /** Every abstract's id, ascending (the abstractIds copy). */
  abstractIds: readonly number[];
  /** Every link's id, ends and type (the linkEnds cache). */
  links: LinkEnds;
  tags: TagRow[];
  linkTypes: LinkTypeRow[];
}

/** Who carries which tag: the abstractTags keys, [abstractId, tagId]. */
export type TagAssignments = readonly (readonly [number, number])[];

// Each part is read on its own so a live update re-reads only the table that changed.

function readTags(database: LecternDB): Promise<TagRow[]> {
  return database.tags.toArray();
}

function readAssignments(database: LecternDB): Promise<[number, number][]> {
  return database.abstractTags.toCollection().primaryKeys();
}

function readLinkTypes(database: LecternDB): Promise<LinkTypeRow[]> {
  return database.linkTypes.toArray();
}

/** The library's graph and its tag assignments, read once (the bench and tests; the view uses the hooks below). */
export async function queryGraphLibrary(database: LecternDB = appDb): Promise<{ library: GraphLibrary; assignments: TagAssignments }> {
  const [abstractIds, links, tags, linkTypes, assignments] = await Promise.all([
    readAbstractIds(database),
    readLinkEnds(database),
    readTags(database),
    readLinkTypes(database),
    readAssignments(database),
  ]);
  return { library: { abstractIds, links, tags, linkTypes }, assignments };
}

/** What the graph's first frame needs, kept current, each part read on its own; `undefined` parts while they load. */
export interface GraphLibraryParts {
  abstractIds: number[] | undefined;
  links: LinkEnds | undefined;
  tags: TagRow[] | undefined;
  linkTypes: LinkTypeRow[] | undefined;
}

export function useGraphLibraryParts(): GraphLibraryParts {
  return {
    abstractIds: useLiveQuery(() => readAbstractIds(appDb), []),
    links: useLiveQuery(() => readLinkEnds(appDb), []),
    tags: useLiveQuery(() => readTags(appDb), []),
    linkTypes: useLiveQuery(() => readLinkTypes(appDb), []),
  };
}

/** The tag assignments, kept current; `undefined` while they load (only the tag filter needs them). */
export function useTagAssignments(): TagAssignments | undefined {
  return useLiveQuery(() => readAssignments(appDb), []);
}

