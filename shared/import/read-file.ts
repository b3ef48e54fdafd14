import { deriveDisplay } from '../text/display';
import type { WordTest } from '../text/types';
import { parseImportFile } from './parse-file';
import { textPiecesOf } from './text-pieces';
import type { ImportedFile } from './types';

/** A capture or reference file read into records, each with its display form: the work a parse worker does per file. */
export function buildImportedFile(
  fileName: string,
  bytes: Uint8Array,
  contentHash: string,
  isWord: WordTest,
): ImportedFile {
  const { text, ...parsed } = parseImportFile(bytes);
  return {
    fileName,
    contentHash,
    byteLength: bytes.byteLength,
    parsed,
    textPieces: textPiecesOf(text),
    displays: parsed.records.map((record) => deriveDisplay(record.text, isWord)),
  };
}
