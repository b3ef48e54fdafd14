export interface EditDistanceOptions {
  /** Stop once the distance is known to exceed this, and return `limit + 1`. */
  limit?: number;
  /** Count swapping two adjacent characters as one edit (optimal string alignment) rather than two. */
  swaps?: boolean;
}

/**
 * Edit distance between `a` and `b`: the fewest insertions, deletions and substitutions (and, with
 * `swaps`, adjacent swaps) that turn one into the other. Without options it is the Levenshtein distance.
 */
export function editDistance(a: string, b: string, { limit = Infinity, swaps = false }: EditDistanceOptions = {}): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? limit + 1;
}

/** Optimal-string-alignment distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  return editDistance(a, b, { limit, swaps: true });
}
