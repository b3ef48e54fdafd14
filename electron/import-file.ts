/**
 * The work done for one file in a parse worker: read it within limits, hash it and parse it
 * with the shared code. Any failure becomes an ImportedFile carrying the reason.
 */
import { buildImportedFile } from '../shared/import/read-file';
import { sha256Hex } from '../shared/import/hash';
import type { ImportedFile } from '../shared/import/types';
import { MAX_CAPTURE_BYTES } from '../shared/import/capture-limit';
import { importFailure } from '../shared/ipc/import-failure';
import type { WordTest } from '../shared/text/types';
import { readCaptureFile, reasonOf } from './files';

export async function importCaptureFile(
  path: string,
  isWord: WordTest,
  maxBytes = MAX_CAPTURE_BYTES,
): Promise<ImportedFile> {
  const read = await readCaptureFile(path, maxBytes);
  if (!read.ok) return importFailure(read.fileName, read.error);
  try {
    const contentHash = await sha256Hex(read.bytes);
    return buildImportedFile(read.fileName, read.bytes, contentHash, isWord);
  } catch (error) {
    return importFailure(read.fileName, `the parser failed (${reasonOf(error)}).`);
  }
}
