import type { CaptureRecord } from '../capture/types';
import type { DisplayForm } from '../text/types';
import type { ImportedFile } from './types';

/** Records per batch: small enough that the page decodes each one in a few milliseconds. */
export const RECORDS_PER_BATCH = 250;

/**
 * What follows a file's header when it crosses to the page: one piece of its text, or one batch
 * of its records with their display forms. The page decodes each message in one task, and a
 * whole large capture's text or records would block it for a second or more.
 */
export type FilePart =
  { type: 'text'; piece: string } | { type: 'records'; records: CaptureRecord[]; displays: DisplayForm[] };

/** The file without its text, records and display forms, which follow as its parts. */
export function fileHeader(file: ImportedFile): ImportedFile {
  return { ...file, parsed: { ...file.parsed, records: [] }, textPieces: [], displays: [] };
}

/** Each piece of the file's text, then its records and display forms in batches. */
export function* fileParts(file: ImportedFile): Generator<FilePart> {
  for (const piece of file.textPieces) yield { type: 'text', piece };
  const { records } = file.parsed;
  for (let from = 0; from < records.length; from += RECORDS_PER_BATCH) {
    const to = from + RECORDS_PER_BATCH;
    yield { type: 'records', records: records.slice(from, to), displays: file.displays.slice(from, to) };
  }
}

/** Adds a part to the header it follows, rebuilding the file a host split. */
export function appendPart(file: ImportedFile, part: FilePart): void {
  if (part.type === 'text') {
    file.textPieces.push(part.piece);
    return;
  }
  for (const record of part.records) file.parsed.records.push(record);
  for (const display of part.displays) file.displays.push(display);
}
