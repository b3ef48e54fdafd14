import type { ImportedFile } from '../import/types';

/**
 * An ImportedFile standing for a file that could not be read or parsed: the reason is in
 * `parsed.error`, so a host reports it per file instead of failing the whole import. The reason
 * follows “x.txt” was not imported: on screen, so it does not name the file again.
 * It has no bytes, hence an empty content hash; importers store nothing for it.
 */
export function importFailure(fileName: string, error: string): ImportedFile {
  return {
    fileName,
    contentHash: '',
    byteLength: 0,
    parsed: { encoding: null, layout: 'unknown', records: [], warnings: [], error },
    textPieces: [],
    displays: [],
  };
}
