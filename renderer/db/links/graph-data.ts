import { useLiveQuery } from 'dexie-react-hooks';
import { titlesOf } from '../titles/title-index';
import { db as appDb, type LecternDB } from '../schema/database';
import type { LinkTypeRow } from './rows';
import type { TagRow } from '../organize/types';

/** An abstract as the graph draws it. */
export interface GraphNodeData {
  id: number;
  /** The display title; empty until the titles are read (they come after the first frame). */
  label: string;
  tagIds: number[];
}

/** A link between two abstracts; the link row's id, so parallel links of different types stay apart. */
export interface GraphEdgeData {
  id: number;
  from: number;
  to: number;
  type: string;
}

/** Everything the graph view shows. */
export interface GraphData {
  /** By id, ascending, so positions and colours come out the same on every run. */
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  tags: TagRow[];
  /** The link types the user added (labels and colours); built-in types are not stored. */
  linkTypes: LinkTypeRow[];
}

/** Tags and who carries them: the tag rows and the assignment keys, never an abstract row. */
export interface Tagging {
  tags: TagRow[];
  assignments: [number, number][];
}

// Each part is read on its own so a live update re-reads only the table that changed; none of
// them reads a whole abstract row (ids are primary keys, labels come from the title index).

/** Every abstract's id, ascending (the abstracts table's primary keys). */
function readNodeIds(database: LecternDB): Promise<number[]> {
  return database.abstracts.toCollection().primaryKeys();
}

/** The links as the graph draws them: their ends and type. */
async function readEdges(database: LecternDB): Promise<GraphEdgeData[]> {
  // One bulk read: a cursor hands up each link in its own event, several times slower at 10k links.
  const edges: GraphEdgeData[] = [];
  for (const link of await database.links.toArray()) {
    if (link.fromId !== null && link.fromId !== link.toId) edges.push({ id: link.id, from: link.fromId, to: link.toId, type: link.type });
  }
  return edges;
}

async function readTagging(database: LecternDB): Promise<Tagging> {
  const [tags, assignments] = await Promise.all([database.tags.toArray(), database.abstractTags.toCollection().primaryKeys()]);
  return { tags, assignments };
}

function readLinkTypes(database: LecternDB): Promise<LinkTypeRow[]> {
  return database.linkTypes.toArray();
}

/**
 * The library as a graph: every abstract a node, every link between two stored abstracts an edge.
 * Mentions from standalone notes (no `fromId`) and self-links are left out: they join no two abstracts.
 */
export function composeGraphData(ids: readonly number[], edges: readonly GraphEdgeData[], tagging: Tagging, linkTypes: LinkTypeRow[], labels: ReadonlyMap<number, string>): GraphData {
  const tagsOf = new Map<number, number[]>();
  for (const [abstractId, tagId] of tagging.assignments) {
    const list = tagsOf.get(abstractId);
    if (list) list.push(tagId);
    else tagsOf.set(abstractId, [tagId]);
  }
  const nodes = ids.map((id) => ({ id, label: labels.get(id) ?? '', tagIds: tagsOf.get(id) ?? [] }));
  const known = new Set(ids);
  return { nodes, edges: edges.filter((edge) => known.has(edge.from) && known.has(edge.to)), tags: tagging.tags, linkTypes };
}

/** The graph's data with every label, read once (the bench and tests; the view uses `useGraphData`). */
export async function queryGraphData(database: LecternDB = appDb): Promise<GraphData> {
  const [ids, edges, tagging, linkTypes] = await Promise.all([readNodeIds(database), readEdges(database), readTagging(database), readLinkTypes(database)]);
  return composeGraphData(ids, edges, tagging, linkTypes, await titlesOf(ids, database));
}

/** What the graph draws, each part read and kept current on its own; a part is `undefined` while it loads. */
export interface GraphParts {
  ids: number[] | undefined;
  edges: GraphEdgeData[] | undefined;
  tagging: Tagging | undefined;
  linkTypes: LinkTypeRow[] | undefined;
}

/** Nodes, links, tags and link types: all the first frame needs. */
export function useGraphParts(): GraphParts {
  return {
    ids: useLiveQuery(() => readNodeIds(appDb), []),
    edges: useLiveQuery(() => readEdges(appDb), []),
    tagging: useLiveQuery(() => readTagging(appDb), []),
    linkTypes: useLiveQuery(() => readLinkTypes(appDb), []),
  };
}

/**
 * The display titles of `ids`, in one batch from the title index; `undefined` while they load.
 * A built index reads no row a live query could observe, so they are read again when
 * `titlesVersion` changes (see `watchTitles`).
 */
export function useGraphLabels(ids: readonly number[] | undefined, titlesVersion: number): ReadonlyMap<number, string> | undefined {
  return useLiveQuery(() => (ids === undefined ? undefined : titlesOf(ids)), [ids, titlesVersion]);
}
