import type { ImportedFile } from '../../../shared/import/types';
import type { FileProblem } from '../schema/row-types';

export interface ScreenedFiles {
  /** Files to import, one per content hash, in the order given. */
  accepted: ImportedFile[];
  /** Record counts of files that repeat an accepted file's content: nothing new in them. */
  repeatedRecords: number;
  errors: FileProblem[];
  warnings: FileProblem[];
}

/** Sorts files into those to import and those to report, before any database work. */
export function screenFiles(files: readonly ImportedFile[]): ScreenedFiles {
  const accepted: ImportedFile[] = [];
  const seen = new Set<string>();
  const errors: FileProblem[] = [];
  const warnings: FileProblem[] = [];
  let repeatedRecords = 0;

  for (const file of files) {
    const { fileName, parsed } = file;
    const error = parsed.error ?? (parsed.encoding === null ? 'The file could not be read as text.' : null);
    if (error !== null) {
      errors.push({ fileName, message: error });
      continue;
    }
    if (parsed.records.length === 0) {
      errors.push({ fileName, message: 'No abstracts were found in this file.' });
      continue;
    }
    if (seen.has(file.contentHash)) {
      repeatedRecords += parsed.records.length;
      continue;
    }
    seen.add(file.contentHash);
    for (const message of parsed.warnings) warnings.push({ fileName, message });
    accepted.push(file);
  }
  return { accepted, repeatedRecords, errors, warnings };
}
