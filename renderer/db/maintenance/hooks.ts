import { useLiveQuery } from 'dexie-react-hooks';
import { checkLibrary } from './check';
import type { LibraryCheckReport } from './report';

export type LibraryCheck = { report: LibraryCheckReport; error: null } | { report: null; error: string };

/**
 * The library's check, run again whenever a table it reads changes (a repair, its undo, the search
 * worker saving its index); `undefined` while the first run is under way.
 */
export function useLibraryCheck(): LibraryCheck | undefined {
  return useLiveQuery(
    () =>
      checkLibrary().then(
        (report): LibraryCheck => ({ report, error: null }),
        (error: unknown): LibraryCheck => ({ report: null, error: error instanceof Error ? error.message : String(error) }),
      ),
    [],
  );
}
