import type { ScreeningStage } from '../../shared/screening/types';

/**
 * What the main area shows: the library (list and reader) or an open synthesis note. Other
 * views (e.g. the graph) join this union.
 */
export type MainView =
  | { kind: 'library' }
  | { kind: 'note'; noteId: number }
  | { kind: 'graph' }
  | { kind: 'duplicates' }
  | { kind: 'reviews' }
  | { kind: 'review'; reviewId: number }
  | { kind: 'screening'; reviewId: number; stage: ScreeningStage };

export const LIBRARY_VIEW: MainView = { kind: 'library' };
