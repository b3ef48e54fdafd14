import { describe, expect, it } from 'vitest';
import { doubleBalance } from '../../../../shared/screening/ranking/double-balance';
import { decisionValues } from '../../../../shared/screening/ranking/linear-svm';
import { naiveBayesLogOdds } from '../../../../shared/screening/ranking/naive-bayes';
import { RANKING_MODELS } from '../../../../shared/screening/ranking/models';
import { seededRandom } from '../../../../shared/screening/ranking/random';
import type { SparseMatrix } from '../../../../shared/screening/ranking/sparse';

function matrixOf(rows: number[][]): SparseMatrix {
  const rowStart = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, r) => {
    row.forEach((value, column) => {
      if (value !== 0) {
        indices.push(column);
        values.push(value);
      }
    });
    rowStart[r + 1] = indices.length;
  });
  return { rows: rows.length, columns: rows[0]?.length ?? 0, rowStart, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

describe('naiveBayesLogOdds', () => {
  it('matches multinomial naive Bayes computed by hand', () => {
    // alpha 1: included word probabilities (2/3, 1/3), excluded (1/3, 2/3), equal priors: log-odds ±ln 2 per unit.
    const scores = naiveBayesLogOdds(matrixOf([[1, 0], [0, 1], [0.6, 0.8]]), [0, 1], [1, 0], 1);
    expect(scores[0]).toBeCloseTo(Math.log(2), 10);
    expect(scores[1]).toBeCloseTo(-Math.log(2), 10);
    expect(scores[2]).toBeCloseTo(-0.2 * Math.log(2), 10);
  });
});

describe('doubleBalance', () => {
  it('keeps the training size, at least one inclusion and two exclusions, and copies rare inclusions', () => {
    const included = [1, 2];
    const excluded = Array.from({ length: 40 }, (_, i) => 10 + i);
    const sample = doubleBalance(included, excluded, seededRandom(3));
    expect(sample.rows).toHaveLength(42);
    const ones = sample.rows.filter((_, i) => sample.labels[i] === 1);
    expect(ones.length).toBeGreaterThan(2);
    expect(ones.every((row) => included.includes(row))).toBe(true);
    expect(sample.rows.filter((_, i) => sample.labels[i] === 0).every((row) => excluded.includes(row))).toBe(true);
  });
});

describe('ranking models', () => {
  const texts = [
    'deep learning for protein folding prediction',
    'gardening tips for spring tomatoes',
    'protein structure prediction with neural networks',
    'tomato blight in spring gardens',
    'neural protein folding models',
  ];
  for (const model of RANKING_MODELS) {
    it(`${model.name} ranks the record like the included one above the one like the excluded`, () => {
      const matrix = model.features(texts);
      const priorities = model.priorities(matrix, [{ row: 0, label: 1 }, { row: 1, label: 0 }], seededRandom(1));
      // FASTREAD offers the most uncertain record first until it has 30 inclusions, so compare only the certain models.
      if (model.name === 'fastread') expect(priorities).toHaveLength(5);
      else expect(priorities[2] ?? 0).toBeGreaterThan(priorities[3] ?? 0);
    });
  }
});

describe('decisionValues', () => {
  it('sums by column exactly what each row’s dot product with the weights gives', () => {
    const matrix = matrixOf([[0.5, 0, 0.5], [0, 1, 0], [0.2, 0.3, 0], [0, 0, 0]]);
    const values = decisionValues(matrix, { weights: Float64Array.from([2, -1, 0]), bias: 0.25 });
    expect([...values]).toEqual([1 + 0.25, -1 + 0.25, 0.4 - 0.3 + 0.25, 0.25].map((value) => expect.closeTo(value, 12) as number));
  });
});
