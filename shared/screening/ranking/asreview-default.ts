import { doubleBalance } from './double-balance';
import { splitByLabel, type RankingModel } from './model';
import { naiveBayesLogOdds } from './naive-bayes';
import { SKLEARN_TFIDF, tfidfMatrix } from './tfidf';

/** ASReview LAB v1's default: TF-IDF, multinomial naive Bayes (alpha 3.822), "double" balance, "max" query. */
export const ASREVIEW_DEFAULT: RankingModel = {
  name: 'asreview',
  features: (texts) => tfidfMatrix(texts, SKLEARN_TFIDF),
  priorities(matrix, labelled, random) {
    const { included, excluded } = splitByLabel(labelled);
    const sample = doubleBalance(included, excluded, random);
    return naiveBayesLogOdds(matrix, sample.rows, sample.labels, 3.822);
  },
};
