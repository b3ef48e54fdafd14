import type { CaptureRecord } from '../capture/types';
import { parallelParts, mergeParallelReads } from '../references/bibtex/parallel-parts';
import { deriveDisplay } from '../text/display';
import type { DisplayForm, WordTest } from '../text/types';
import { finishImportFile, finishReferenceFile, parseImportFile, readReferences, startImportFile } from './parse-file';
import { textPiecesOf } from './text-pieces';
import type { ImportedFile, ParsedFile } from './types';

/** A capture or reference file read into records, each with its display form: the work a parse worker does per file. */
export function buildImportedFile(
  fileName: string,
  bytes: Uint8Array,
  contentHash: string,
  isWord: WordTest,
): ImportedFile {
  const { text, ...parsed } = parseImportFile(bytes);
  return importedFile(fileName, bytes, contentHash, parsed, text, displaysOf(parsed.records, isWord));
}

/** One part of a BibTeX file read (shared/references/bibtex/parallel-parts.ts), with its records' display forms. */
export interface PartRead {
  records: CaptureRecord[];
  warnings: string[];
  displays: DisplayForm[];
}

/** Reads a part of a BibTeX file: what a second parser does while the first reads the other part. */
export function readBibtexPart(part: string, isWord: WordTest): PartRead {
  const read = readReferences('bibtex', part);
  return { ...read, displays: displaysOf(read.records, isWord) };
}

/**
 * buildImportedFile, with a large BibTeX file read in two parts at once: `readElsewhere` reads the
 * second part (in another worker) while this one reads the first. The result is the same.
 */
export async function buildImportedFileInParts(
  fileName: string,
  bytes: Uint8Array,
  contentHash: string,
  isWord: WordTest,
  readElsewhere: (part: string) => Promise<PartRead>,
): Promise<ImportedFile> {
  const started = startImportFile(bytes);
  const parts = 'parsed' in started || started.format !== 'bibtex' ? null : parallelParts(started.source.text);
  if (parts === null || 'parsed' in started) {
    const { text, ...parsed } = finishImportFile(started);
    return importedFile(fileName, bytes, contentHash, parsed, text, displaysOf(parsed.records, isWord));
  }
  const [firstPart, secondPart] = parts;
  const secondRead = readElsewhere(secondPart);
  const first = readBibtexPart(firstPart, isWord);
  const second = await secondRead;
  const { text, ...parsed } = finishReferenceFile('bibtex', started.source, mergeParallelReads(first, second));
  return importedFile(fileName, bytes, contentHash, parsed, text, [...first.displays, ...second.displays]);
}

function displaysOf(records: readonly CaptureRecord[], isWord: WordTest): DisplayForm[] {
  return records.map((record) => deriveDisplay(record.text, isWord));
}

function importedFile(
  fileName: string,
  bytes: Uint8Array,
  contentHash: string,
  parsed: ParsedFile,
  text: string,
  displays: DisplayForm[],
): ImportedFile {
  return { fileName, contentHash, byteLength: bytes.byteLength, parsed, textPieces: textPiecesOf(text), displays };
}
