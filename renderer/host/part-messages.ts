import type { PartRead } from '../../shared/import/read-file';

/** A part of a large BibTeX file, sent by the parse worker to its helper (shared/references/bibtex/parallel-parts.ts). */
export interface PartRequest {
  id: number;
  part: string;
}

export type PartReply = { id: number; read: PartRead } | { id: number; failed: string };
