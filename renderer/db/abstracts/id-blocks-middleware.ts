import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import { keptCopyMiddleware } from '../schema/kept-copy-middleware';
import { idBlockOf, patchIdBlock, type AbstractIdBlock } from './id-blocks';

export const ABSTRACT_IDS_TABLE = 'abstractIds';

const isId = (key: unknown): key is number => typeof key === 'number';

/** The ids a successful add or put stored (a put of an existing abstract changes nothing in the list). */
function writtenBy(request: DBCoreMutateRequest, response: DBCoreMutateResponse): number[] {
  if (request.type !== 'add' && request.type !== 'put') return [];
  const results: unknown[] = response.results ?? [];
  return results.filter((key, at): key is number => response.failures[at] === undefined && isId(key));
}

/** Rewrites the blocks the ids fall in, in the write's own transaction; a block that would not change is left alone. */
function patchList(list: DBCoreTable, trans: DBCoreTransaction, written: readonly number[], deleted: readonly number[]): Promise<void> {
  const byBlock = new Map<number, { written: number[]; deleted: number[] }>();
  const changesIn = (block: number) => {
    let found = byBlock.get(block);
    if (found === undefined) {
      found = { written: [], deleted: [] };
      byBlock.set(block, found);
    }
    return found;
  };
  for (const id of written) changesIn(idBlockOf(id)).written.push(id);
  for (const id of deleted) changesIn(idBlockOf(id)).deleted.push(id);
  const blocks = [...byBlock.keys()];
  return list.getMany({ trans, keys: blocks }).then((stored: (AbstractIdBlock | undefined)[]) => {
    const puts: AbstractIdBlock[] = [];
    const emptied: number[] = [];
    blocks.forEach((block, at) => {
      const before = stored[at];
      const change = changesIn(block);
      const patched = patchIdBlock(block, before, change.written, change.deleted);
      if (patched === null) {
        if (before !== undefined) emptied.push(block);
      } else if (patched !== before) puts.push(patched);
    });
    const deleting = (): Promise<unknown> | undefined => (emptied.length === 0 ? undefined : list.mutate({ trans, type: 'delete', keys: emptied }));
    return puts.length === 0 ? deleting()?.then(() => undefined) : list.mutate({ trans, type: 'put', values: puts }).then(deleting).then(() => undefined);
  });
}

/**
 * Keeps the abstractIds list equal to the abstracts table's keys, whatever writes it (an import, a
 * merge and its undo, sync, a restore): each write updates the blocks of the ids it stored or
 * deleted, in its own transaction (see keptCopyMiddleware).
 */
export const abstractIdsMiddleware = keptCopyMiddleware('abstract-ids', 'abstracts', ABSTRACT_IDS_TABLE, (core, request, response, deleted) => {
  const written = writtenBy(request, response);
  if (written.length === 0 && deleted.length === 0) return undefined;
  return patchList(core.table(ABSTRACT_IDS_TABLE), request.trans, written, deleted);
});
