import { useSyncExternalStore } from 'react';
import { duplicateScanner, type DuplicateScanState } from '../../db/duplicates/duplicate-scanner';

/** The library's possible duplicates as the scanner knows them now; re-renders as scans progress and end. */
export function useDuplicateScan(): DuplicateScanState {
  const scanner = duplicateScanner();
  return useSyncExternalStore(scanner.subscribe, scanner.getState);
}
