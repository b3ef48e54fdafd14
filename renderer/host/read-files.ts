import type { ImportedFile } from '../../shared/import/types';
import { MAX_CAPTURE_BYTES, tooLargeReason } from '../../shared/import/capture-limit';
import { importFailure } from '../../shared/ipc/import-failure';
import type { RawFile } from './parse-messages';

/** A file read into memory for parsing, or the reason it could not be. */
export type FileSlot = { raw: RawFile } | { failure: ImportedFile };

/** Reads a picked or dropped file's bytes; a file that cannot be read is reported, not thrown. */
export async function readFileSlot(file: File, maxBytes = MAX_CAPTURE_BYTES): Promise<FileSlot> {
  const failure = (reason: string): FileSlot => ({ failure: importFailure(file.name, reason) });
  if (file.size > maxBytes) return failure(tooLargeReason(file.size, maxBytes));
  try {
    return { raw: { name: file.name, bytes: await file.arrayBuffer() } };
  } catch {
    return failure('it could not be opened (is it a folder, or was it moved?).');
  }
}

/** Parses the readable slots and puts every result back in the order the files were given. */
export async function parseSlots(
  slots: readonly FileSlot[],
  parse: (files: RawFile[]) => Promise<ImportedFile[]>,
): Promise<ImportedFile[]> {
  const parsed = await parse(slots.flatMap((slot) => ('raw' in slot ? [slot.raw] : [])));
  let next = 0;
  return slots.map((slot) => {
    if ('failure' in slot) return slot.failure;
    const file = parsed[next++];
    return file ?? importFailure(slot.raw.name, 'no result came back from the parser.');
  });
}
