import type { CaptureEncoding, CaptureLayout } from '../../../shared/capture/types';
import type { AbstractDraft, BibliographicDraft } from '../../../shared/import/plan-types';
import type { LibraryFilter, Status } from '../organize/types';

/**
 * An abstract as the app reads it: its row in `abstracts` joined with its text (`abstractTexts`).
 * `captureHashes` mirrors `sources` for a multiEntry index.
 */
export interface AbstractRow extends AbstractDraft {
  id: number;
  /** Since version 14: the same on every device, from the text it was born with (shared/sync/abstract-uid-of.ts); kept when the text changes. */
  uid: string;
  createdAt: number;
  updatedAt: number;
  /** Lower-cased display title, for sorting. */
  sortTitle: string;
  /** Normalised title, year and first author's family name (shared/identity/title-key.ts); null unless all known. Since version 11. */
  titleKey: string | null;
  captureHashes: string[];
  /** Since version 3. */
  status: Status;
  /**
   * 1 when starred (booleans are not IndexedDB keys); absent otherwise, since version 8. A row
   * without the field has no entry in the star index, so a status change writes one index entry.
   */
  starred?: 1;
}

/** The fields kept apart in `abstractTexts` (since version 7): the bulk of every abstract's bytes. */
export type AbstractTextField = 'text' | 'display';

/**
 * An abstract's row in the `abstracts` table: everything but its text. Status and star change in
 * bulk, and IndexedDB rewrites a whole row to change one field, so the row stays small.
 */
export type StoredAbstractRow = Omit<AbstractRow, AbstractTextField>;

/** An abstract's text and display form, in `abstractTexts` under the abstract's id. */
export type AbstractTextRow = Pick<AbstractRow, 'id' | AbstractTextField>;

/**
 * A capture without its decoded text: since version 10 the text is stored in `captureTexts`
 * pieces and read through capture-texts.ts (before, the row held it as `text`).
 */
export interface CaptureRow {
  hash: string;
  fileName: string;
  encoding: CaptureEncoding;
  layout: CaptureLayout;
  warnings: string[];
  recordCount: number;
  importedAt: number;
}

/** One piece of a capture's decoded text; joined in `index` order they are the text record spans index into. */
export interface CaptureTextRow {
  hash: string;
  index: number;
  text: string;
}

export type { LibraryFilter };

/** @deprecated The filter from before LibraryFilter (library or one source); queryAbstractIds still accepts it. Use LibraryFilter. */
export type LibraryView = { kind: 'library' } | { kind: 'source'; captureHash: string };

export type SortKey = 'added' | 'title' | 'year';

export interface SourceSummary {
  hash: string;
  fileName: string;
  count: number;
  importedAt: number;
}

export interface FileProblem {
  fileName: string;
  message: string;
}

export interface ImportSummary {
  added: number;
  merged: number;
  unchanged: number;
  /** Files that could not be imported; nothing of them was stored. */
  errors: FileProblem[];
  warnings: FileProblem[];
}

export interface AbstractMetaPatch {
  title: string | null;
  authors: string[];
  year: number | null;
}

/** The details a user edits: title, authors, year and the bibliographic fields (the source's other fields stay as imported). */
export type AbstractDetails = AbstractMetaPatch & Omit<BibliographicDraft, 'fields'>;

/** A small fact about the library itself, e.g. when the first-run import of the seeds happened. */
/** Two abstracts the user said are not duplicates (since version 11), under their ids in ascending order. */
export interface DistinctPairRow {
  low: number;
  high: number;
  decidedAt: number;
}

export interface MetaRow {
  key: string;
  value: string | number | boolean | null;
}
