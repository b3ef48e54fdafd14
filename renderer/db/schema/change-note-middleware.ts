import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { noteLibraryChange } from '../backup/backup-state';

/** A cache rebuilt from the rest: writing it is not a change to the library. */
const NOT_LIBRARY = new Set(['searchIndex', 'linkEnds', 'abstractIds']);

function noting(table: DBCoreTable, databaseName: string): DBCoreTable {
  return {
    ...table,
    mutate: (request: DBCoreMutateRequest) => {
      noteLibraryChange(databaseName);
      return table.mutate(request);
    },
  };
}

/** Notes the time of every write to the library, whatever made it, for the snapshot schedule and the backup reminder. */
export const changeNoteMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'change-note',
  create: (down) => ({
    ...down,
    table: (name) => (NOT_LIBRARY.has(name) ? down.table(name) : noting(down.table(name), down.schema.name)),
  }),
};
