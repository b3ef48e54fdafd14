import { describe, expect, it } from 'vitest';
import { SKLEARN_TFIDF, tfidfMatrix } from '../../../../shared/screening/ranking/tfidf';
import { tokenize } from '../../../../shared/screening/ranking/tokenize';
import type { SparseMatrix } from '../../../../shared/screening/ranking/sparse';

function denseRow(matrix: SparseMatrix, row: number): Map<number, number> {
  const entries = new Map<number, number>();
  for (let k = matrix.rowStart[row] ?? 0; k < (matrix.rowStart[row + 1] ?? 0); k += 1) entries.set(matrix.indices[k] ?? -1, matrix.values[k] ?? 0);
  return entries;
}

describe('tokenize', () => {
  it('keeps runs of two or more word characters, lower-cased, without scikit-learn stop words', () => {
    // "x" and the possessive "s" are one character; "the", "of" and "system" are in scikit-learn's list.
    expect(tokenize("The X-ray of a B2B system's Café", { ngramMax: 1, stopWords: true })).toEqual(['ray', 'b2b', 'café']);
  });

  it('forms word pairs from the words left after stop words, as scikit-learn does', () => {
    expect(tokenize('ray of b2b café', { ngramMax: 2, stopWords: true })).toEqual(['ray', 'b2b', 'café', 'ray b2b', 'b2b café']);
  });
});

describe('tfidfMatrix', () => {
  it('matches scikit-learn TfidfVectorizer on a hand-computed pair of texts', () => {
    // idf(apple) = ln(3/3) + 1 = 1; idf(banana) = idf(cherry) = ln(3/2) + 1; rows are then L2-normalised.
    const matrix = tfidfMatrix(['apple banana', 'apple cherry cherry'], SKLEARN_TFIDF);
    const rare = Math.log(3 / 2) + 1;
    const first = denseRow(matrix, 0);
    const second = denseRow(matrix, 1);
    expect(matrix.columns).toBe(3);
    const firstNorm = Math.hypot(1, rare);
    expect([...first.values()].sort()).toEqual([1 / firstNorm, rare / firstNorm].sort());
    expect(first.get(0)).toBeCloseTo(0.57973867, 7);
    const secondNorm = Math.hypot(1, 2 * rare);
    expect(second.get(0)).toBeCloseTo(1 / secondNorm, 10);
    expect(second.get(2)).toBeCloseTo((2 * rare) / secondNorm, 10);
  });

  it('keeps only the terms of highest summed tf×idf when asked', () => {
    const matrix = tfidfMatrix(['apple apple apple banana', 'apple cherry'], { ...SKLEARN_TFIDF, maxTerms: 1 });
    expect(matrix.columns).toBe(1);
    expect(denseRow(matrix, 0).get(0)).toBeCloseTo(1, 10);
  });

  it('leaves a text with no terms as an empty row', () => {
    const matrix = tfidfMatrix(['the of and', 'apple'], SKLEARN_TFIDF);
    expect(denseRow(matrix, 0).size).toBe(0);
  });
});
