// The graph's compact list of every abstract's id (the abstractIds table, since version 16): ids in
// blocks of a range, as typed arrays. Reading every block takes a few milliseconds at 100k
// abstracts, where reading the abstracts table's keys walks every stored row. Pure: no Dexie here.

/** How wide a range of ids one block covers: a write rewrites the blocks of the ids it touches. */
export const ABSTRACT_ID_BLOCK_SIZE = 4096;

/** The ids of the abstracts in one range, ascending. */
export interface AbstractIdBlock {
  /** The ids are `block × ABSTRACT_ID_BLOCK_SIZE` up to the next block's first. */
  block: number;
  ids: Float64Array;
}

export function idBlockOf(id: number): number {
  return Math.floor(id / ABSTRACT_ID_BLOCK_SIZE);
}

function encode(block: number, ids: Iterable<number>): AbstractIdBlock {
  return { block, ids: Float64Array.from(ids).sort() };
}

/** The blocks holding `ids` (any order), ascending by block. */
export function idBlocksOf(ids: Iterable<number>): AbstractIdBlock[] {
  const grouped = new Map<number, number[]>();
  for (const id of ids) {
    const block = idBlockOf(id);
    const group = grouped.get(block);
    if (group) group.push(id);
    else grouped.set(block, [id]);
  }
  return [...grouped].sort((a, b) => a[0] - b[0]).map(([block, group]) => encode(block, group));
}

/**
 * `stored` (undefined when none) with `written` ids added and `deleted` ones taken out, all in
 * `block`: null when nothing is left (the block is deleted), `stored` itself when nothing changed.
 */
export function patchIdBlock(block: number, stored: AbstractIdBlock | undefined, written: readonly number[], deleted: readonly number[]): AbstractIdBlock | null {
  const ids = new Set(stored?.ids ?? []);
  const before = ids.size;
  let removed = 0;
  for (const id of deleted) if (ids.delete(id)) removed += 1;
  for (const id of written) ids.add(id);
  if (ids.size === 0) return null;
  if (stored !== undefined && removed === 0 && ids.size === before) return stored;
  return encode(block, ids);
}

/** Every id of the blocks (ascending by block, as the table hands them up), ascending. */
export function joinIdBlocks(blocks: readonly AbstractIdBlock[]): number[] {
  const ids: number[] = [];
  for (const block of blocks) for (const id of block.ids) ids.push(id);
  return ids;
}
