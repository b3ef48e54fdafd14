import type { QueryError } from './types';

export const IS_VALUES = ['unread', 'reading', 'read', 'starred', 'snippet'] as const;
export type IsValue = (typeof IS_VALUES)[number];
/** `is:` values about screening: a record's verdict at its latest decided stage, in a review. */
export const VERDICT_VALUES = ['included', 'excluded', 'maybe'] as const;
export type VerdictValue = (typeof VERDICT_VALUES)[number];
export const HAS_VALUES = ['highlight', 'note', 'link'] as const;
export type HasValue = (typeof HAS_VALUES)[number];

/** What one condition of a query asks for. */
export type ClauseBody =
  | { kind: 'term'; word: string }
  /** `open`: the closing quote is not typed yet, so the words are matched as words, not yet as a phrase. */
  | { kind: 'phrase'; words: string[]; open?: true }
  | { kind: 'author'; words: string[] }
  /** Words of the venue (journal, proceedings, book), any case and accents. */
  | { kind: 'venue'; words: string[] }
  /** A DOI in its stored form (lower case, no resolver). */
  | { kind: 'doi'; value: string }
  /** A citation key, exactly as written (keys are case-sensitive). */
  | { kind: 'key'; value: string }
  | { kind: 'year'; from: number; to: number }
  | { kind: 'tag'; path: string }
  | { kind: 'source'; value: string }
  | { kind: 'list'; value: string }
  | { kind: 'is'; value: IsValue }
  /** A review by name: exactly (any case), else every review whose name contains it. */
  | { kind: 'review'; value: string }
  /**
   * `is:included` and the like. `reviews`: the values of the query's (not negated) `review:`
   * clauses, the reviews the verdict is looked for in; every review when empty.
   */
  | { kind: 'verdict'; value: VerdictValue; reviews: string[] }
  /** An exclusion reason's code (any case), at the record's latest decided stage; `reviews` as for a verdict. */
  | { kind: 'reason'; code: string; reviews: string[] }
  | { kind: 'has'; value: HasValue };

/** One condition of a query; `start`/`end` span its text (with the `-`), `negated` when it has one. */
export type Clause = ClauseBody & { negated: boolean; start: number; end: number };

export type ClauseKind = Clause['kind'];

export interface ParsedQuery {
  clauses: Clause[];
  errors: QueryError[];
}
