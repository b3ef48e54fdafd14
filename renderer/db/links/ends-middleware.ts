import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction } from 'dexie';
import { keptCopyMiddleware } from '../schema/kept-copy-middleware';
import { blockOf, patchBlock, type LinkEnd, type LinkEndsBlock } from './ends-blocks';

export const LINK_ENDS_TABLE = 'linkEnds';

/** What one write did to the links, by id. */
interface LinkChanges {
  written: LinkEnd[];
  deleted: number[];
}

function isLinkEnd(value: unknown): value is Omit<LinkEnd, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (row['fromId'] === null || typeof row['fromId'] === 'number') && typeof row['toId'] === 'number' && typeof row['type'] === 'string';
}

function writtenBy(request: DBCoreMutateRequest, response: DBCoreMutateResponse): LinkEnd[] {
  if (request.type !== 'add' && request.type !== 'put') return [];
  const written: LinkEnd[] = [];
  request.values.forEach((value: unknown, at) => {
    const id: unknown = response.results?.[at];
    if (response.failures[at] !== undefined || typeof id !== 'number' || !isLinkEnd(value)) return;
    written.push({ id, fromId: value.fromId, toId: value.toId, type: value.type });
  });
  return written;
}

/**
 * Rewrites the blocks `changes` touch, in the write's own transaction: reads them, patches them,
 * puts them back (deletes the emptied ones). Chained with `then`, as DBCore promises keep Dexie's
 * transaction zone.
 */
function patchCache(cache: DBCoreTable, trans: DBCoreTransaction, changes: LinkChanges): Promise<void> {
  const byBlock = new Map<number, LinkChanges>();
  const changesIn = (block: number): LinkChanges => {
    let found = byBlock.get(block);
    if (found === undefined) {
      found = { written: [], deleted: [] };
      byBlock.set(block, found);
    }
    return found;
  };
  for (const id of changes.deleted) changesIn(blockOf(id)).deleted.push(id);
  for (const link of changes.written) changesIn(blockOf(link.id)).written.push(link);
  const blocks = [...byBlock.keys()];
  return cache.getMany({ trans, keys: blocks }).then((stored: (LinkEndsBlock | undefined)[]) => {
    const puts: LinkEndsBlock[] = [];
    const emptied: number[] = [];
    blocks.forEach((block, at) => {
      const change = changesIn(block);
      const patched = patchBlock(block, stored[at], change.written, change.deleted);
      if (patched === null) emptied.push(block);
      else puts.push(patched);
    });
    const putting = puts.length === 0 ? null : cache.mutate({ trans, type: 'put', values: puts });
    const deleting = (): Promise<unknown> | undefined => (emptied.length === 0 ? undefined : cache.mutate({ trans, type: 'delete', keys: emptied }));
    return putting === null ? deleting()?.then(() => undefined) : putting.then(deleting).then(() => undefined);
  });
}

/**
 * Keeps the linkEnds cache equal to the links, whatever writes them (Link to…, mentions, the import,
 * undo, a duplicate merge, sync, a restore): each write to `links` rewrites the blocks it touched in
 * its own transaction (see keptCopyMiddleware).
 */
export const linkEndsMiddleware = keptCopyMiddleware('link-ends', 'links', LINK_ENDS_TABLE, (core, request, response, deleted) => {
  const changes = { written: writtenBy(request, response), deleted: [...deleted] };
  if (changes.written.length === 0 && changes.deleted.length === 0) return undefined;
  return patchCache(core.table(LINK_ENDS_TABLE), request.trans, changes);
});
