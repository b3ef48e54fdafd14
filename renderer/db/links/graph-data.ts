import { useLiveQuery } from 'dexie-react-hooks';
import { displayTitle } from '../../../shared/text/display-title';
import { allAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';
import type { LinkTypeRow } from './rows';
import type { TagRow } from '../organize/types';

/** An abstract as the graph draws it. */
export interface GraphNodeData {
  id: number;
  /** The display title. */
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

/** Everything the graph view shows, read in one live query. */
export interface GraphData {
  /** By id, ascending, so positions and colours come out the same on every run. */
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  tags: TagRow[];
  /** The link types the user added (labels and colours); built-in types are not stored. */
  linkTypes: LinkTypeRow[];
}

/**
 * The library as a graph: every abstract a node, every link between two stored abstracts an edge.
 * Mentions from standalone notes (no `fromId`) and self-links are left out: they join no two abstracts.
 */
export async function queryGraphData(database: LecternDB = appDb): Promise<GraphData> {
  const [abstracts, links, tags, assignments, linkTypes] = await Promise.all([
    allAbstracts(database),
    database.links.toArray(),
    database.tags.toArray(),
    database.abstractTags.toCollection().primaryKeys(),
    database.linkTypes.toArray(),
  ]);
  const tagsOf = new Map<number, number[]>();
  for (const [abstractId, tagId] of assignments) {
    const list = tagsOf.get(abstractId);
    if (list) list.push(tagId);
    else tagsOf.set(abstractId, [tagId]);
  }
  const nodes = abstracts
    .map((row) => ({ id: row.id, label: displayTitle({ title: row.title, text: row.display.text }), tagIds: tagsOf.get(row.id) ?? [] }))
    .sort((a, b) => a.id - b.id);
  const known = new Set(nodes.map((node) => node.id));
  const edges: GraphEdgeData[] = [];
  for (const link of links) {
    const { fromId } = link;
    if (fromId === null || fromId === link.toId || !known.has(fromId) || !known.has(link.toId)) continue;
    edges.push({ id: link.id, from: fromId, to: link.toId, type: link.type });
  }
  return { nodes, edges, tags, linkTypes };
}

/** The graph's data, kept current; `undefined` while it loads. */
export function useGraphData(): GraphData | undefined {
  return useLiveQuery(() => queryGraphData(), []);
}
