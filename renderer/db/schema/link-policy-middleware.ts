import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { withoutUnsafeLinks } from '../../../shared/rich-text/strip-unsafe-links';

interface WithJson {
  json?: unknown;
}

function cleanJson<T extends WithJson>(holder: T): T {
  if (typeof holder.json !== 'string') return holder;
  const json = withoutUnsafeLinks(holder.json);
  return json === holder.json ? holder : { ...holder, json };
}

/** Where each table keeps rich text: a note's own `json`, a highlight's `comment.json`. */
const CLEANERS: Readonly<Record<string, (row: unknown) => unknown>> = {
  notes: (row) => (typeof row === 'object' && row !== null ? cleanJson(row as WithJson) : row),
  annotations: (row) => {
    if (typeof row !== 'object' || row === null) return row;
    const comment = (row as { comment?: unknown }).comment;
    if (typeof comment !== 'object' || comment === null) return row;
    const cleaned = cleanJson(comment as WithJson);
    return cleaned === comment ? row : { ...row, comment: cleaned };
  },
};

function cleaningTable(table: DBCoreTable, clean: (row: unknown) => unknown): DBCoreTable {
  return {
    ...table,
    mutate: (request: DBCoreMutateRequest) =>
      table.mutate(request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map(clean) } : request),
  };
}

/**
 * Every write of a note or a comment passes the link policy, whatever wrote it (an editor, a merge,
 * an undo, a restore): links to URLs the policy refuses are unwrapped before the row is stored.
 */
export const linkPolicyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'link-policy',
  create: (down) => ({
    ...down,
    table: (name) => {
      const clean = CLEANERS[name];
      return clean === undefined ? down.table(name) : cleaningTable(down.table(name), clean);
    },
  }),
};
