/**
 * The tables of schema version 13 (systematic-review screening). A review's records and its
 * decisions at a stage are ranges of their compound keys; the `abstractId` indexes serve deleting
 * and merging abstracts, which must find every review row of an abstract.
 */
export const SCREENING_STORES = {
  reviews: '++id, name',
  reviewRecords: '[reviewId+abstractId], abstractId',
  decisions: '[reviewId+stage+abstractId], abstractId',
} as const;
