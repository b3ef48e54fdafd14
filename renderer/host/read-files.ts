import type { ImportedFile } from '../../shared/import/types';
import { MAX_CAPTURE_BYTES, tooLargeReason } from '../../shared/import/capture-limit';
import { importFailure } from '../../shared/ipc/import-failure';
import type { ChosenFile } from './parse-messages';

/** Why a picked or dropped file that could not be read was not imported. */
export const UNREADABLE_FILE_REASON = 'it could not be opened (is it a folder, or was it moved?).';

/** A file to hand to the parse worker, which reads it, or the reason it is not imported. */
export type FileSlot = { raw: ChosenFile } | { failure: ImportedFile };

/** Screens a picked or dropped file; one over the size limit is reported, not read. */
export function fileSlot(file: File, maxBytes = MAX_CAPTURE_BYTES): FileSlot {
  if (file.size > maxBytes) return { failure: importFailure(file.name, tooLargeReason(file.size, maxBytes)) };
  return { raw: { name: file.name, file } };
}

/** Parses the readable slots and puts every result back in the order the files were given. */
export async function parseSlots(
  slots: readonly FileSlot[],
  parse: (files: ChosenFile[]) => Promise<ImportedFile[]>,
): Promise<ImportedFile[]> {
  const parsed = await parse(slots.flatMap((slot) => ('raw' in slot ? [slot.raw] : [])));
  let next = 0;
  return slots.map((slot) => {
    if ('failure' in slot) return slot.failure;
    const file = parsed[next++];
    return file ?? importFailure(slot.raw.name, 'no result came back from the parser.');
  });
}
