import { addScaledRow, rowDot, rowSquaredNorm, type SparseMatrix } from './sparse';
import { shuffleInPlace, type Random } from './random';

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

/**
 * An L2-regularised hinge-loss linear SVM (C = 1, as scikit-learn's SVC(kernel="linear") defaults), solved by dual
 * coordinate descent as LIBLINEAR does. With `balanced`, each class's C is scaled by n / (2 · n_class), as scikit-learn's
 * class_weight="balanced".
 */
export function trainLinearSvm(
  matrix: SparseMatrix,
  rows: readonly number[],
  labels: readonly (0 | 1)[],
  options: { balanced: boolean; random: Random; maxEpochs?: number },
): LinearModel {
  const weights = new Float64Array(matrix.columns);
  let bias = 0;
  const n = rows.length;
  const positives = labels.filter((label) => label === 1).length;
  const classWeight = (label: 0 | 1): number =>
    !options.balanced ? 1 : n / (2 * Math.max(1, label === 1 ? positives : n - positives));
  const alpha = new Float64Array(n);
  const diagonal = rows.map((row) => rowSquaredNorm(matrix, row) + 1);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < (options.maxEpochs ?? 50); epoch += 1) {
    let largest = -Infinity;
    let smallest = Infinity;
    for (const i of shuffleInPlace(order, options.random)) {
      const row = rows[i] ?? 0;
      const sign = labels[i] === 1 ? 1 : -1;
      const bound = classWeight(labels[i] ?? 0);
      const current = alpha[i] ?? 0;
      const gradient = sign * (rowDot(matrix, row, weights) + bias) - 1;
      const projected = current === 0 ? Math.min(gradient, 0) : current >= bound ? Math.max(gradient, 0) : gradient;
      largest = Math.max(largest, projected);
      smallest = Math.min(smallest, projected);
      if (Math.abs(projected) < 1e-12) continue;
      const next = Math.min(Math.max(current - gradient / (diagonal[i] ?? 1), 0), bound);
      alpha[i] = next;
      const step = (next - current) * sign;
      addScaledRow(matrix, row, step, weights);
      bias += step;
    }
    if (largest - smallest <= 0.1) break;
  }
  return { weights, bias };
}

export function decisionValues(matrix: SparseMatrix, model: LinearModel): Float64Array {
  const values = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row += 1) values[row] = rowDot(matrix, row, model.weights) + model.bias;
  return values;
}
