import type { DecisionRow, ScreeningOrder } from '../types';
import type { LabelledRow, RankingModel } from './model';
import { seededRandom, shuffleInPlace } from './random';
import { rankUnlabelled } from './rank';
import type { SparseMatrix } from './sparse';
import { estimateRemaining, type RemainingEstimate } from './stopping-estimate';

export interface OrderResult {
  /** The unscreened abstract ids, the one to screen next first. */
  order: number[];
  estimate: RemainingEstimate | null;
  /** Time spent retraining and ranking, without building the features. */
  trainMs: number;
}

export interface OrderInput {
  /** The stage's records, in ascending abstract id order (row r of `matrix` is `ids[r]`). */
  ids: readonly number[];
  decisions: readonly DecisionRow[];
  order: ScreeningOrder;
  seed: number;
  model: RankingModel;
  /** Built lazily: random and oldest order never need it. */
  matrix: () => SparseMatrix;
  now: () => number;
}

/**
 * The screening order for a stage: the model's ranking retrained on the inclusions and exclusions so far ("maybe"
 * counts as screened but teaches nothing), a seeded shuffle that stays put as records are screened, or ascending id.
 */
export function screeningOrder(input: OrderInput): OrderResult {
  const rowOf = new Map(input.ids.map((id, row) => [id, row]));
  const decided = input.decisions.filter((decision) => rowOf.has(decision.abstractId));
  const screened = new Set(decided.map((decision) => decision.abstractId));
  const inSequence = [...decided].sort((a, b) => a.decidedAt - b.decidedAt || a.abstractId - b.abstractId);
  const estimate = estimateRemaining(inSequence.map((decision) => decision.verdict === 'include'), input.ids.length);
  const unscreened = input.ids.filter((id) => !screened.has(id));
  if (input.order === 'oldest') return { order: unscreened, estimate, trainMs: 0 };
  if (input.order === 'random') {
    const shuffled = shuffleInPlace([...input.ids], seededRandom(input.seed));
    return { order: shuffled.filter((id) => !screened.has(id)), estimate, trainMs: 0 };
  }
  const labelled: LabelledRow[] = inSequence.flatMap((decision) =>
    decision.verdict === 'maybe' ? [] : [{ row: rowOf.get(decision.abstractId) ?? 0, label: decision.verdict === 'include' ? 1 : 0 }],
  );
  if (labelled.length === 0) return { order: unscreened, estimate, trainMs: 0 };
  const matrix = input.matrix();
  const started = input.now();
  const priorities = input.model.priorities(matrix, labelled, seededRandom(input.seed + labelled.length));
  const rows = rankUnlabelled(priorities, (row) => screened.has(input.ids[row] ?? -1));
  return { order: rows.map((row) => input.ids[row] ?? 0), estimate, trainMs: input.now() - started };
}
