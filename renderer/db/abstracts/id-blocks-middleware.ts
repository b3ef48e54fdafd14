import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { idBlockOf, patchIdBlock, type AbstractIdBlock } from './id-blocks';

export const ABSTRACT_IDS_TABLE = 'abstractIds';

const isId = (key: unknown): key is number => typeof key === 'number';

/** The transaction holds the list (an upgrade from before version 16 does not, nor a database opened at an older version). */
function holdsList(trans: DBCoreTransaction): boolean {
  return 'objectStoreNames' in trans && (trans as IDBTransaction).objectStoreNames.contains(ABSTRACT_IDS_TABLE);
}

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

function keepingList(abstracts: DBCoreTable, core: DBCore): DBCoreTable {
  const afterWrite = (request: DBCoreMutateRequest, deleted: readonly number[]) => (response: DBCoreMutateResponse): DBCoreMutateResponse | Promise<DBCoreMutateResponse> => {
    const written = writtenBy(request, response);
    if (written.length === 0 && deleted.length === 0) return response;
    return patchList(core.table(ABSTRACT_IDS_TABLE), request.trans, written, deleted).then(() => response);
  };
  return {
    ...abstracts,
    mutate: (request) => {
      if (!holdsList(request.trans)) return abstracts.mutate(request);
      if (request.type === 'deleteRange') {
        const query = { index: abstracts.schema.primaryKey, range: request.range };
        return abstracts
          .query({ trans: request.trans, values: false, query })
          .then((found) => abstracts.mutate(request).then(afterWrite(request, found.result.filter(isId))));
      }
      return abstracts.mutate(request).then(afterWrite(request, request.type === 'delete' ? request.keys.filter(isId) : []));
    },
  };
}

/**
 * Keeps the abstractIds list equal to the abstracts table's keys, whatever writes it (an import, a
 * merge and its undo, sync, a restore): every read-write transaction over `abstracts` also takes
 * `abstractIds`, and each write updates the blocks of the ids it stored or deleted in that transaction.
 */
export const abstractIdsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'abstract-ids',
  create: (down) => {
    if (!down.schema.tables.some((table) => table.name === ABSTRACT_IDS_TABLE)) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(mode === 'readwrite' && stores.includes('abstracts') && !stores.includes(ABSTRACT_IDS_TABLE) ? [...stores, ABSTRACT_IDS_TABLE] : stores, mode, options),
      table: (name) => (name === 'abstracts' ? keepingList(down.table(name), down) : down.table(name)),
    };
  },
};
