// The graph's compact copy of the links (the linkEnds table, since version 16): each link's id, ends
// and type, in blocks of consecutive ids held as typed arrays. Reading every block costs a few
// milliseconds at 100k links, where reading every link row took seconds. Pure: no Dexie here.

/** How many consecutive link ids share a block: a small write rewrites one block of at most this many links. */
export const LINK_ENDS_BLOCK_SIZE = 4096;

/** A link as the cache keeps it. */
export interface LinkEnd {
  id: number;
  /** Null for a mention in a standalone note (it starts from no abstract). */
  fromId: number | null;
  toId: number;
  type: string;
}

/** The links in one range of ids, ascending by id, as typed arrays. */
export interface LinkEndsBlock {
  /** The ids are `block × LINK_ENDS_BLOCK_SIZE` up to the next block's first. */
  block: number;
  ids: Float64Array;
  /** 0 for a link from a standalone note: stored ids start at 1. */
  fromIds: Float64Array;
  toIds: Float64Array;
  /** The distinct types in the block; link i's type is `typeNames[typeOf[i]]`. */
  typeNames: string[];
  typeOf: Uint16Array;
}

/** Every link, ascending by id, in one set of arrays (the blocks joined, with one list of type names). */
export interface LinkEnds {
  ids: Float64Array;
  /** 0 for a link from a standalone note. */
  fromIds: Float64Array;
  toIds: Float64Array;
  typeNames: string[];
  typeOf: Uint16Array;
}

export const NO_ABSTRACT = 0;

export function blockOf(linkId: number): number {
  return Math.floor(linkId / LINK_ENDS_BLOCK_SIZE);
}

/** A block of `links`, which must all belong to `block`; they are sorted by id here. */
function encodeBlock(block: number, links: LinkEnd[]): LinkEndsBlock {
  links.sort((a, b) => a.id - b.id);
  const typeNames: string[] = [];
  const typeIndex = new Map<string, number>();
  const encoded: LinkEndsBlock = {
    block,
    ids: new Float64Array(links.length),
    fromIds: new Float64Array(links.length),
    toIds: new Float64Array(links.length),
    typeNames,
    typeOf: new Uint16Array(links.length),
  };
  links.forEach((link, at) => {
    let type = typeIndex.get(link.type);
    if (type === undefined) {
      type = typeNames.length;
      typeNames.push(link.type);
      typeIndex.set(link.type, type);
    }
    encoded.ids[at] = link.id;
    encoded.fromIds[at] = link.fromId ?? NO_ABSTRACT;
    encoded.toIds[at] = link.toId;
    encoded.typeOf[at] = type;
  });
  return encoded;
}

function decodeBlock(block: LinkEndsBlock): LinkEnd[] {
  return Array.from(block.ids, (id, at) => {
    const fromId = block.fromIds[at] ?? NO_ABSTRACT;
    return { id, fromId: fromId === NO_ABSTRACT ? null : fromId, toId: block.toIds[at] ?? 0, type: block.typeNames[block.typeOf[at] ?? 0] ?? '' };
  });
}

/** The blocks holding `links` (any order), ascending by block. */
export function blocksOf(links: readonly LinkEnd[]): LinkEndsBlock[] {
  const grouped = new Map<number, LinkEnd[]>();
  for (const link of links) {
    const block = blockOf(link.id);
    const group = grouped.get(block);
    if (group) group.push(link);
    else grouped.set(block, [link]);
  }
  return [...grouped].sort((a, b) => a[0] - b[0]).map(([block, group]) => encodeBlock(block, group));
}

/**
 * `block` (undefined when none is stored) with the links of `deleted` ids taken out and `written`
 * ones added or replaced, all in this block; null when nothing is left, so the block is deleted.
 */
export function patchBlock(block: number, stored: LinkEndsBlock | undefined, written: readonly LinkEnd[], deleted: readonly number[]): LinkEndsBlock | null {
  const links = new Map<number, LinkEnd>();
  if (stored !== undefined) for (const link of decodeBlock(stored)) links.set(link.id, link);
  for (const id of deleted) links.delete(id);
  for (const link of written) links.set(link.id, link);
  return links.size === 0 ? null : encodeBlock(block, [...links.values()]);
}

/** The blocks (ascending by block, as the table hands them up) as one set of arrays. */
export function joinBlocks(blocks: readonly LinkEndsBlock[]): LinkEnds {
  const total = blocks.reduce((sum, block) => sum + block.ids.length, 0);
  const joined: LinkEnds = { ids: new Float64Array(total), fromIds: new Float64Array(total), toIds: new Float64Array(total), typeNames: [], typeOf: new Uint16Array(total) };
  const typeIndex = new Map<string, number>();
  let offset = 0;
  for (const block of blocks) {
    joined.ids.set(block.ids, offset);
    joined.fromIds.set(block.fromIds, offset);
    joined.toIds.set(block.toIds, offset);
    const codes = block.typeNames.map((name) => {
      let code = typeIndex.get(name);
      if (code === undefined) {
        code = joined.typeNames.length;
        joined.typeNames.push(name);
        typeIndex.set(name, code);
      }
      return code;
    });
    block.typeOf.forEach((local, at) => {
      joined.typeOf[offset + at] = codes[local] ?? 0;
    });
    offset += block.ids.length;
  }
  return joined;
}
