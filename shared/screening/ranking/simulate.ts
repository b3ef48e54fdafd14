import type { LabelledRow, RankingModel } from './model';
import { seededRandom, type Random } from './random';
import { bestUnlabelled } from './rank';

export interface SimulationInput {
  texts: readonly string[];
  labels: readonly (0 | 1)[];
  seed: number;
}

/**
 * Screens every record the way the app would: the two seeded priors first (the included one first or second, by the
 * seed), then always the model's best record, retraining after each revealed label. Returns, for each inclusion in
 * the order found, how many records had been screened.
 */
export function simulateScreening(model: RankingModel, input: SimulationInput): number[] {
  const random = seededRandom(input.seed);
  const matrix = model.features(input.texts);
  const labelled: LabelledRow[] = [];
  const seen = new Uint8Array(input.texts.length);
  const found: number[] = [];
  const reveal = (row: number): void => {
    const label = input.labels[row] ?? 0;
    labelled.push({ row, label });
    seen[row] = 1;
    if (label === 1) found.push(labelled.length);
  };
  for (const prior of pickPriors(input.labels, random)) reveal(prior);
  while (labelled.length < input.texts.length) {
    const priorities = model.priorities(matrix, labelled, random);
    reveal(bestUnlabelled(priorities, (row) => seen[row] === 1));
  }
  return found;
}

/** One included and one excluded record, in a seeded order. */
export function pickPriors(labels: readonly (0 | 1)[], random: Random): number[] {
  const pick = (label: 0 | 1): number[] => {
    const rows = labels.flatMap((value, row) => (value === label ? [row] : []));
    return rows.length === 0 ? [] : [rows[Math.floor(random() * rows.length)] ?? 0];
  };
  const priors = [...pick(1), ...pick(0)];
  return random() < 0.5 ? priors : priors.reverse();
}
