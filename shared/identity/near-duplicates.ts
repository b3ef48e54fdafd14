import { judge, markCrowdedTitles, prepare, type DuplicateCandidate, type NearDuplicatePair, type Prepared } from './duplicate-evidence';
import { BigramProfiles } from './title-similarity';

export type { DuplicateCandidate, NearDuplicatePair, NearDuplicateReason } from './duplicate-evidence';
export { MAX_YEAR_GAP, NEAR_TITLE_SIMILARITY, SAME_OPENING_SIMILARITY, SURE_TITLE_SIMILARITY } from './duplicate-evidence';

export interface FindOptions {
  /** Pairs marked Not duplicates, as `low:high`. */
  notDuplicates?: ReadonlySet<string>;
  /** How many neighbours in sorted order each record is compared with. */
  window?: number;
  /** Called now and then with the comparisons done and to do. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_WINDOW = 10;
const PROGRESS_EVERY = 4096;

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The records in the order of their sort keys, untitled ones first: titled and untitled are never compared. */
function sortedBy(prepared: readonly Prepared[], sortKey: (item: Prepared) => string): Prepared[] {
  const keys = prepared.map((item) => (item.kind === 'opening' ? 'o' : 't') + sortKey(item));
  const order = prepared.map((_, index) => index);
  order.sort((x, y) => compareKeys(keys[x] ?? '', keys[y] ?? ''));
  return order.flatMap((index) => prepared[index] ?? []);
}

function reversed(text: string): string {
  return text.split('').reverse().join('');
}

/**
 * Pairs of abstracts that are probably one paper, best first. The sorted-neighbourhood method: the
 * normalised titles are sorted, forwards and then read backwards (so a difference in the first
 * words does not hide a pair), and each record is compared only with the next few in each order,
 * which finds near-identical titles in O(n log n) rather than comparing every pair. Records without
 * a title are compared by the openings of their texts, never with titled ones.
 */
export function findNearDuplicates(candidates: readonly DuplicateCandidate[], options: FindOptions = {}): NearDuplicatePair[] {
  const window = options.window ?? DEFAULT_WINDOW;
  const notDuplicates = options.notDuplicates ?? new Set<string>();
  const prepared: Prepared[] = candidates.flatMap((candidate) => prepare(candidate) ?? []).map((item, index) => ({ ...item, index }));
  const profiles = new BigramProfiles(prepared.map((item) => item.key));
  const forward = sortedBy(prepared, (item) => item.key);
  markCrowdedTitles(forward);
  const orders = [forward, sortedBy(prepared, (item) => reversed(item.key))];
  // Judging is deterministic, so a pair met in both orders is judged twice and kept once; remembering
  // every pair met would cost more than judging it again.
  const found = new Map<string, NearDuplicatePair>();
  const total = orders.length * prepared.length;
  let done = 0;
  for (const order of orders) {
    for (let at = 0; at < order.length; at += 1, done += 1) {
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
      const a = order[at];
      if (a === undefined) continue;
      for (let next = at + 1; next < Math.min(order.length, at + window); next += 1) {
        const b = order[next];
        if (b === undefined || b.kind !== a.kind) break;
        const verdict = a.candidate.id === b.candidate.id ? null : judge(profiles, a, b);
        if (verdict === null) continue;
        const [low, high] = a.candidate.id < b.candidate.id ? [a.candidate.id, b.candidate.id] : [b.candidate.id, a.candidate.id];
        const key = `${low}:${high}`;
        if (!notDuplicates.has(key)) found.set(key, { low, high, ...verdict });
      }
    }
  }
  options.onProgress?.(total, total);
  return [...found.values()].sort((x, y) => y.similarity - x.similarity || x.low - y.low || x.high - y.high);
}
