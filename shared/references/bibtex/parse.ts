import type { ReferenceReadResult } from '../record';

// PLACEHOLDER on branch h-formats only: the real BibTeX reader is written on its own branch and replaces
// this file when merged. It reads nothing, so a BibTeX file is reported as holding no readable entry.
export function parseBibtex(text: string): ReferenceReadResult {
  void text;
  return { records: [], warnings: [] };
}
