// The screening domain: systematic reviews, their records and the include/exclude decisions made on them.

/** Stage 1 screens titles and abstracts; stage 2 assesses the full text of the records included at stage 1. */
export type ScreeningStage = 1 | 2;
export const SCREENING_STAGES: readonly ScreeningStage[] = [1, 2];

export type Verdict = 'include' | 'exclude' | 'maybe';

/** The order records are offered in: by the model's ranking, at random (seeded), or oldest first (the order they joined the library). */
export type ScreeningOrder = 'ranked' | 'random' | 'oldest';

/** An inclusion or exclusion criterion; `code` is short (E1, "wrong population") and is what a decision's reason names. */
export interface Criterion {
  code: string;
  kind: 'include' | 'exclude';
  label: string;
}

/** How a review's records were chosen, kept so the PRISMA report and the review page can say it. */
export type RecordSelection =
  | { kind: 'library' }
  | { kind: 'tag'; path: string }
  | { kind: 'source'; captureHash: string; fileName: string }
  | { kind: 'list'; listId: number; name: string }
  | { kind: 'search'; query: string };

export interface ReviewRow {
  id: number;
  /** Since version 14: the id every device knows this row by (shared/sync/uids.ts). */
  uid: string;
  name: string;
  question: string;
  /** Inclusion and exclusion criteria in the order the user gave; exclusion criteria 1–9 are the reasons keys 1–9 pick. */
  criteria: Criterion[];
  /** Words and phrases highlighted in screening mode: inclusion ones in one colour, exclusion ones in another. */
  includeKeywords: string[];
  excludeKeywords: string[];
  /** The order the user screens in now; each decision records the order it was made in. */
  order: ScreeningOrder;
  /** Seeds the random order, so "random" is stable across reloads. */
  seed: number;
  selections: RecordSelection[];
  createdAt: number;
  updatedAt: number;
}

/** An abstract's membership of a review (an abstract can be in several reviews). */
export interface ReviewRecordRow {
  reviewId: number;
  abstractId: number;
  addedAt: number;
  /** The reviewer's screening note on this record in this review (key N in screening mode). */
  note?: string;
}

/** The current decision on one record, in one review, at one stage. Undo puts back the row it replaced (or removes it). */
export interface DecisionRow {
  /** Since version 14: the id every device knows this decision by; a new verdict on the same record and stage keeps it. */
  uid: string;
  reviewId: number;
  abstractId: number;
  stage: ScreeningStage;
  verdict: Verdict;
  /** The code of an exclusion criterion; set only when `verdict` is 'exclude' and a reason was picked. */
  reason?: string;
  decidedAt: number;
  /** The order the record was screened in. */
  order: ScreeningOrder;
}
