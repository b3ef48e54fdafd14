import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
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

/** The transaction holds the cache (an upgrade from before version 16 does not, nor a database opened at an older version). */
function holdsCache(trans: DBCoreTransaction): boolean {
  return 'objectStoreNames' in trans && (trans as IDBTransaction).objectStoreNames.contains(LINK_ENDS_TABLE);
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

function keepingCache(links: DBCoreTable, core: DBCore): DBCoreTable {
  const afterWrite = (request: DBCoreMutateRequest, deleted: readonly number[]) => (response: DBCoreMutateResponse): DBCoreMutateResponse | Promise<DBCoreMutateResponse> => {
    const changes = { written: writtenBy(request, response), deleted: [...deleted] };
    if (changes.written.length === 0 && changes.deleted.length === 0) return response;
    return patchCache(core.table(LINK_ENDS_TABLE), request.trans, changes).then(() => response);
  };
  return {
    ...links,
    mutate: (request) => {
      if (!holdsCache(request.trans)) return links.mutate(request);
      if (request.type === 'deleteRange') {
        // The ids in the range are read first: the cache drops exactly those.
        const query = { index: links.schema.primaryKey, range: request.range };
        return links
          .query({ trans: request.trans, values: false, query })
          .then((found) => links.mutate(request).then(afterWrite(request, found.result.filter((key): key is number => typeof key === 'number'))));
      }
      const deleted = request.type === 'delete' ? request.keys.filter((key): key is number => typeof key === 'number') : [];
      return links.mutate(request).then(afterWrite(request, deleted));
    },
  };
}

/**
 * Keeps the linkEnds cache equal to the links, whatever writes them (Link to…, mentions, the import,
 * undo, a duplicate merge, sync, a restore): every read-write transaction over `links` also takes
 * `linkEnds`, and each write to `links` rewrites the blocks it touched in that same transaction, so
 * the two commit or abort together.
 */
export const linkEndsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'link-ends',
  create: (down) => {
    const cached = down.schema.tables.some((table) => table.name === LINK_ENDS_TABLE);
    if (!cached) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.includes('links') && !stores.includes(LINK_ENDS_TABLE) ? [...stores, LINK_ENDS_TABLE] : stores, mode, options),
      table: (name) => (name === 'links' ? keepingCache(down.table(name), down) : down.table(name)),
    };
  },
};
