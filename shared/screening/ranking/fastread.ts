import { decisionValues, trainLinearSvm } from './linear-svm';
import { splitByLabel, type RankingModel } from './model';
import { tfidfMatrix } from './tfidf';

/** FASTREAD switches from uncertainty to certainty sampling, with aggressive undersampling, once this many inclusions are known. */
const ENOUGH = 30;

/**
 * FASTREAD (Yu, Kraft & Menzies 2018), as its reference code: the 4000 terms of highest summed tf×idf as L2-normalised
 * term frequencies; a class-weighted linear SVM; uncertainty sampling until 30 inclusions, then certainty sampling on a
 * model retrained on the inclusions and as many exclusions, those farthest from the boundary.
 */
export const FASTREAD: RankingModel = {
  name: 'fastread',
  features: (texts) => tfidfMatrix(texts, { ngramMax: 1, stopWords: true, smoothIdf: false, useIdf: false, maxTerms: 4000 }),
  priorities(matrix, labelled, random) {
    const { included, excluded } = splitByLabel(labelled);
    const rows = [...included, ...excluded];
    const labels = [...included.map(() => 1 as const), ...excluded.map(() => 0 as const)];
    const model = trainLinearSvm(matrix, rows, labels, { balanced: true, random });
    const values = decisionValues(matrix, model);
    if (included.length < ENOUGH) return values.map((value) => -Math.abs(value));
    const farthest = [...excluded].sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0)).slice(0, included.length);
    const undersampled = trainLinearSvm(
      matrix,
      [...included, ...farthest],
      [...included.map(() => 1 as const), ...farthest.map(() => 0 as const)],
      { balanced: true, random },
    );
    return decisionValues(matrix, undersampled);
  },
};
