import { decisionValues, trainLinearSvm } from './linear-svm';
import { splitByLabel, type RankingModel } from './model';
import { SKLEARN_TFIDF, tfidfMatrix } from './tfidf';

/** A class-weighted linear SVM on TF-IDF words and word pairs (scikit-learn defaults otherwise), always offering the most likely inclusion. */
export const WEIGHTED_SVM: RankingModel = {
  name: 'weighted-svm',
  features: (texts) => tfidfMatrix(texts, { ...SKLEARN_TFIDF, ngramMax: 2 }),
  priorities(matrix, labelled, random) {
    const { included, excluded } = splitByLabel(labelled);
    const rows = [...included, ...excluded];
    const labels = [...included.map(() => 1 as const), ...excluded.map(() => 0 as const)];
    return decisionValues(matrix, trainLinearSvm(matrix, rows, labels, { balanced: true, random }));
  },
};
