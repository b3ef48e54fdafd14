import type { BibliographicFields, CaptureRecord } from '../capture/types';
import type { DisplayForm } from '../text/types';
import type { SourceRef } from './types';

/** One record of an imported capture, as offered to the planner. */
export interface IncomingRecord {
  captureHash: string;
  /** The record's position in its capture (document order). */
  index: number;
  record: CaptureRecord;
  display: DisplayForm;
}

/** The bibliographic fields an abstract stores (tags go to the tag tables instead). */
export type BibliographicDraft = Omit<BibliographicFields, 'tags'>;

/** Everything the library stores about an abstract, apart from its database id and timestamps. */
export interface AbstractDraft extends BibliographicDraft {
  /** Stored text, as captured (the fuller text wins on merge). */
  text: string;
  display: DisplayForm;
  truncated: boolean;
  /** Hash of the normalised text (see shared/identity). */
  fingerprint: string;
  /** The first characters of the normalised text: finds snippets of the same paper. */
  prefixKey: string;
  title: string | null;
  authors: string[];
  year: number | null;
  quote: string | null;
  views: number | null;
  field: string | null;
  language: string | null;
  /** Every capture and span this abstract was found in; never shrinks. */
  sources: SourceRef[];
}

export interface ExistingAbstract extends AbstractDraft {
  id: number;
}

/** What became of one incoming record. */
export type RecordOutcome = 'added' | 'merged' | 'unchanged';

export interface ImportPlan {
  /** New abstracts to create. */
  creates: AbstractDraft[];
  /** Existing abstracts to overwrite with `after` (text, metadata or sources changed). */
  updates: { id: number; after: AbstractDraft }[];
  /** Parallel to the incoming records. */
  outcomes: RecordOutcome[];
  counts: Record<RecordOutcome, number>;
}

/** Keys the data layer uses to fetch the existing abstracts a plan must consider. */
export interface CandidateKeys {
  fingerprints: string[];
  prefixKeys: string[];
}
