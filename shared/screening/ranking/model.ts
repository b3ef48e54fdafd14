import type { Random } from './random';
import type { SparseMatrix } from './sparse';

/** A labelled record: its row in the review's feature matrix and whether it was included. */
export interface LabelledRow {
  row: number;
  label: 0 | 1;
}

/**
 * A prioritised-screening model. `features` runs once per review (the expensive part); `priorities` retrains on the
 * decisions so far and scores every row, higher meaning "screen sooner".
 */
export interface RankingModel {
  name: string;
  features(texts: readonly string[]): SparseMatrix;
  priorities(matrix: SparseMatrix, labelled: readonly LabelledRow[], random: Random): Float64Array;
}

export function splitByLabel(labelled: readonly LabelledRow[]): { included: number[]; excluded: number[] } {
  return {
    included: labelled.filter((entry) => entry.label === 1).map((entry) => entry.row),
    excluded: labelled.filter((entry) => entry.label === 0).map((entry) => entry.row),
  };
}
