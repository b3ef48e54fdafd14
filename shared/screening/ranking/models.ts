import { ASREVIEW_DEFAULT } from './asreview-default';
import { FASTREAD } from './fastread';
import type { RankingModel } from './model';
import { WEIGHTED_SVM } from './weighted-svm';
import { ELAS_U4 } from './elas-u4';

export const RANKING_MODELS: readonly RankingModel[] = [ASREVIEW_DEFAULT, FASTREAD, WEIGHTED_SVM, ELAS_U4];

/** The model Lectern ranks with, chosen by the screen-sim measurements in the README. */
export const LECTERN_MODEL: RankingModel = ELAS_U4;

export function modelNamed(name: string): RankingModel | undefined {
  if (name === 'lectern') return LECTERN_MODEL;
  return RANKING_MODELS.find((model) => model.name === name);
}
