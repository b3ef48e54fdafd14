import type { SparseMatrix } from './sparse';

/**
 * scikit-learn's MultinomialNB (fit_prior) trained on `rows` (a row may repeat, as balance sampling makes it), returning
 * each row's log-odds of inclusion: the ranking predict_proba(X)[:, 1] gives, without the exponentials.
 */
export function naiveBayesLogOdds(matrix: SparseMatrix, rows: readonly number[], labels: readonly (0 | 1)[], alpha: number): Float64Array {
  const columns = matrix.columns;
  const featureCount = [new Float64Array(columns), new Float64Array(columns)] as const;
  const classCount = [0, 0];
  rows.forEach((row, i) => {
    const label = labels[i] ?? 0;
    classCount[label] = (classCount[label] ?? 0) + 1;
    const counts = featureCount[label];
    for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
      const column = matrix.indices[k] ?? 0;
      counts[column] = (counts[column] ?? 0) + (matrix.values[k] ?? 0);
    }
  });
  const logProbability = featureCount.map((counts) => {
    let total = 0;
    for (const count of counts) total += count;
    const denominator = Math.log(total + alpha * columns);
    return counts.map((count) => Math.log(count + alpha) - denominator);
  });
  const included = logProbability[1] ?? new Float64Array(columns);
  const excluded = logProbability[0] ?? new Float64Array(columns);
  const difference = included.map((value, column) => value - (excluded[column] ?? 0));
  const prior = Math.log(Math.max(classCount[1] ?? 0, 1e-300)) - Math.log(Math.max(classCount[0] ?? 0, 1e-300));
  const scores = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row += 1) {
    let sum = prior;
    for (let k = matrix.rowStart[row] ?? 0, end = matrix.rowStart[row + 1] ?? 0; k < end; k += 1) {
      sum += (matrix.values[k] ?? 0) * (difference[matrix.indices[k] ?? 0] ?? 0);
    }
    scores[row] = sum;
  }
  return scores;
}
