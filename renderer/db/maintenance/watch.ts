import { Dexie, type ObservabilitySet } from 'dexie';
import { db as appDb, type LecternDB } from '../schema/database';
import { checkLibrary } from './check';
import type { LibraryCheckReport } from './report';

export type LibraryCheck = { report: LibraryCheckReport; error: null } | { report: null; error: string };

async function runCheck(database: LecternDB): Promise<LibraryCheck> {
  try {
    return { report: await checkLibrary(database), error: null };
  } catch (error) {
    return { report: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks the library now and again after every change to it (a repair, its undo, the search worker
 * saving its index), one run at a time; resolves each to `onCheck`. Returns the function that stops.
 * Not a liveQuery: the check's one read transaction spans awaits that a liveQuery's zone does not keep.
 */
export function watchLibraryCheck(onCheck: (check: LibraryCheck) => void, database: LecternDB = appDb): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      const result = await runCheck(database);
      if (!stopped) onCheck(result);
    } while (again && !stopped);
    running = false;
  };
  const prefix = `idb://${database.name}/`;
  const onChange = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix))) void run();
  };
  void run();
  Dexie.on.storagemutated.subscribe(onChange);
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
