import type { ReferenceReadResult } from '../record';

// PLACEHOLDER on branch h-formats only. The real BibTeX reader (branch h-bibtex) has this same entry,
// `shared/references/bibtex/index.ts` exporting parseBibtex: when merging, keep that branch's file.
// This one reads nothing, so a BibTeX file is reported as holding no readable entry.
export function parseBibtex(text: string): ReferenceReadResult {
  void text;
  return { records: [], warnings: [] };
}
