import type { IncomingRecord } from './plan-types';
import type { ImportedFile } from './types';

/** The records of the readable files, in file and document order, as the import planner takes them. */
export function toIncomingRecords(files: readonly ImportedFile[]): IncomingRecord[] {
  return files
    .filter((file) => file.parsed.error === null)
    .flatMap((file) =>
      file.parsed.records.map((record, index) => ({
        captureHash: file.contentHash,
        index,
        record,
        display: file.displays[index] ?? { text: record.text, edits: [] },
      })),
    );
}
