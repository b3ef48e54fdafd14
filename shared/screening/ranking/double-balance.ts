import { sampleWithoutReplacement, shuffleInPlace, type Random } from './random';

/** ASReview's "double" balance defaults (asreview/models/balance/double.py). */
const A = 2.155;
const ALPHA = 0.94;
const B = 0.789;
const BETA = 1.0;

export interface TrainingSample {
  rows: number[];
  labels: (0 | 1)[];
}

/**
 * ASReview's dynamic resampling: the training set keeps its size, but inclusions are copied in proportion to a weight
 * that grows as they get rarer, and exclusions are sampled to fill the rest. With only one class it returns all rows.
 */
export function doubleBalance(included: readonly number[], excluded: readonly number[], random: Random): TrainingSample {
  if (included.length === 0 || excluded.length === 0) {
    return { rows: [...included, ...excluded], labels: [...included.map(() => 1 as const), ...excluded.map(() => 0 as const)] };
  }
  const nOne = included.length;
  const nZero = excluded.length;
  const nTrain = nOne + nZero;
  const oneWeight = A * (nOne / nZero) ** -ALPHA;
  const zeroWeight = 1 - (1 - B) * (1 + Math.log(nTrain)) ** -BETA;
  const total = oneWeight * nOne + zeroWeight * nZero;
  const nOneTrain = Math.max(1, Math.min(nTrain - 2, randomRound((oneWeight * nOne * nTrain) / total, random)));
  const ones = fill(included, nOneTrain, random);
  const zeros = fill(excluded, nTrain - nOneTrain, random);
  const order = shuffleInPlace([...ones.map((row) => [row, 1] as const), ...zeros.map((row) => [row, 0] as const)], random);
  return { rows: order.map(([row]) => row), labels: order.map(([, label]) => label) };
}

/** Rounds up with probability equal to the fraction: 8.1 → 9 one time in ten. */
function randomRound(value: number, random: Random): number {
  const base = Math.floor(value);
  return random() < value - base ? base + 1 : base;
}

/** Whole copies of `source`, then a sample without replacement for the remainder. */
function fill(source: readonly number[], count: number, random: Random): number[] {
  const copies = Math.floor(count / source.length);
  const rows: number[] = [];
  for (let i = 0; i < copies; i += 1) rows.push(...source);
  rows.push(...sampleWithoutReplacement(source, count - copies * source.length, random));
  return rows;
}
