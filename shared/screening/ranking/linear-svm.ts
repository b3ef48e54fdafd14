import { addScaledRow, rowDot, rowSquaredNorm, type SparseMatrix } from './sparse';
import { columnIndexOf } from './columns';
import { shuffleInPlace, type Random } from './random';

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

export interface SvmOptions {
  random: Random;
  /** Scale each class's C by n / (2 · n_class), as scikit-learn's class_weight="balanced". */
  balanced?: boolean;
  /** Per-row weights multiplying C (scikit-learn's sample_weight); overrides `balanced`. */
  sampleWeights?: readonly number[];
  /** Default 1. */
  c?: number;
  /** 'hinge' (SVC's loss) or 'squaredHinge' (LinearSVC's default). */
  loss?: 'hinge' | 'squaredHinge';
  maxEpochs?: number;
}

/**
 * An L2-regularised linear SVM with a bias feature of 1 (as LIBLINEAR and scikit-learn's LinearSVC), solved by dual
 * coordinate descent (Hsieh et al. 2008, LIBLINEAR's solver).
 */
export function trainLinearSvm(matrix: SparseMatrix, rows: readonly number[], labels: readonly (0 | 1)[], options: SvmOptions): LinearModel {
  const weights = new Float64Array(matrix.columns);
  let bias = 0;
  const n = rows.length;
  const positives = labels.filter((label) => label === 1).length;
  const c = options.c ?? 1;
  const squared = options.loss === 'squaredHinge';
  const costOf = (i: number): number => {
    const weight = options.sampleWeights?.[i];
    if (weight !== undefined) return c * weight;
    if (options.balanced !== true) return c;
    return (c * n) / (2 * Math.max(1, labels[i] === 1 ? positives : n - positives));
  };
  const costs = rows.map((_, i) => costOf(i));
  // Hinge: 0 ≤ α ≤ C. Squared hinge: α ≥ 0 with 1 / (2C) added to the diagonal.
  const upper = costs.map((cost) => (squared ? Infinity : cost));
  const extra = costs.map((cost) => (squared ? 1 / (2 * cost) : 0));
  const alpha = new Float64Array(n);
  const diagonal = rows.map((row, i) => rowSquaredNorm(matrix, row) + 1 + (extra[i] ?? 0));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < (options.maxEpochs ?? 50); epoch += 1) {
    let largest = -Infinity;
    let smallest = Infinity;
    for (const i of shuffleInPlace(order, options.random)) {
      const row = rows[i] ?? 0;
      const sign = labels[i] === 1 ? 1 : -1;
      const bound = upper[i] ?? 0;
      const current = alpha[i] ?? 0;
      const gradient = sign * (rowDot(matrix, row, weights) + bias) - 1 + (extra[i] ?? 0) * current;
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

/**
 * Every row's decision value. A model trained on a few hundred rows has weights on few of a large vocabulary's terms, so
 * the sum runs over those terms' columns: it touches only their entries, and the scores stay in cache.
 */
export function decisionValues(matrix: SparseMatrix, model: LinearModel): Float64Array {
  const values = new Float64Array(matrix.rows).fill(model.bias);
  const byColumn = columnIndexOf(matrix);
  const { weights } = model;
  for (let column = 0; column < weights.length; column += 1) {
    const weight = weights[column] ?? 0;
    if (weight === 0) continue;
    for (let k = byColumn.columnStart[column] ?? 0, end = byColumn.columnStart[column + 1] ?? 0; k < end; k += 1) {
      const row = byColumn.rows[k] ?? 0;
      values[row] = (values[row] ?? 0) + weight * (byColumn.values[k] ?? 0);
    }
  }
  return values;
}
