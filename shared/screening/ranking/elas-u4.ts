import { trainLinearSvm, decisionValues } from './linear-svm';
import { splitByLabel, type RankingModel } from './model';
import { SKLEARN_TFIDF, tfidfMatrix } from './tfidf';

/** ASReview's "balanced" sample weights: all exclusions together weigh 1 / RATIO of all inclusions. */
const RATIO = 9.8;

/**
 * ASReview LAB 2's default, "ELAS u4" (asreview/models/models.py): TF-IDF of words and word pairs with sublinear term
 * frequency, no stop words, terms in over 95 % of texts dropped; a linear SVM (squared hinge, C = 0.11) with balanced
 * sample weights (ratio 9.8); the most likely inclusion first.
 */
export const ELAS_U4: RankingModel = {
  name: 'elas-u4',
  features: (texts) =>
    tfidfMatrix(texts, { ...SKLEARN_TFIDF, ngramMax: 2, stopWords: false, sublinearTf: true, maxDocumentShare: 0.95 }),
  priorities(matrix, labelled, random) {
    const { included, excluded } = splitByLabel(labelled);
    const rows = [...included, ...excluded];
    const labels = [...included.map(() => 1 as const), ...excluded.map(() => 0 as const)];
    const sampleWeights = balancedWeights(included.length, excluded.length);
    return decisionValues(matrix, trainLinearSvm(matrix, rows, labels, { random, c: 0.11, loss: 'squaredHinge', sampleWeights }));
  },
};

/** Weights for `ones` inclusions then `zeros` exclusions, scaled to sum to their count, as ASReview's Balanced. */
function balancedWeights(ones: number, zeros: number): number[] {
  const zeroWeight = zeros === 0 || ones === 0 ? 1 : ones / (RATIO * zeros);
  const raw = [...Array.from({ length: ones }, () => 1), ...Array.from({ length: zeros }, () => zeroWeight)];
  const scale = raw.length / raw.reduce((sum, weight) => sum + weight, 0);
  return raw.map((weight) => weight * scale);
}
