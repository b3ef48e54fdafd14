// Ceilings are on fuzzysort's raw scale (0 best, below 0 worse; Infinity for "no bound"), grouped
// into bands: one unit wide down to -FINE, then COARSE units wide, then one band for everything lower.
const FINE = 4096;
const COARSE = 256;
const TOP = 2 * FINE;
/** Slack for rounding: a ceiling and a score worked out in different orders may differ in the last bit. */
export const ROUNDING = 1e-9;

export interface Scored {
  position: number;
  score: number;
}

/**
 * The best `wanted` of `candidates` (positions, ascending) by `score`, each with its score, best
 * first, ties in position order, as sorting them all would give; `score` gives null for a
 * candidate that does not match.
 * `ceiling` bounds each one's score from above, cheaply; `refine`, dearer, bounds it lower still
 * (never above `ceiling`). Candidates are taken from the highest ceiling down, each refined when
 * its turn comes and put back among the lower ones when its refined bound is lower; those whose
 * bound is below `floor` (the lowest score `score` gives) or below the `wanted`-th best score so
 * far are never scored.
 * Written as steps: it yields after every `step` candidates bounded, refined or scored, so a caller
 * can let the page go on between them (`drain` runs it at once). The answer is the same, whatever the step.
 */
export function* bestScoredInSteps(
  candidates: ArrayLike<number>,
  wanted: number,
  bounds: { ceiling: (position: number) => number; refine: (position: number) => number },
  score: (position: number) => number | null,
  scoreOfCeiling: (ceiling: number) => number,
  floor: number,
  step: number,
): Generator<void, Scored[], void> {
  let work = 0;
  /** Whether `step` pieces of work have been done since the last yield. */
  const due = (): boolean => {
    work += 1;
    if (work < step) return false;
    work = 0;
    return true;
  };
  if (wanted <= 0) return [];
  const bands = new Int32Array(candidates.length);
  const counts = new Int32Array(TOP + 2);
  for (let index = 0; index < candidates.length; index += 1) {
    if (due()) yield;
    const band = bandOf(bounds.ceiling(candidates[index] ?? 0));
    bands[index] = band;
    counts[band + 1] = (counts[band + 1] ?? 0) + 1;
  }
  // Counting sort by band, keeping position order within a band.
  const starts = counts;
  for (let band = 1; band < starts.length; band += 1) starts[band] = (starts[band] ?? 0) + (starts[band - 1] ?? 0);
  const byBand = new Int32Array(candidates.length);
  const next = starts.slice();
  for (let index = 0; index < candidates.length; index += 1) {
    const band = bands[index] ?? 0;
    const at = next[band] ?? 0;
    byBand[at] = candidates[index] ?? 0;
    next[band] = at + 1;
  }
  // Refined candidates put back in a lower band, scored when it comes (without refining again).
  const refined = new Map<number, Scored[]>();
  const best: Scored[] = [];
  const worstKept = (): number => (best.length >= wanted ? (best[best.length - 1]?.score ?? floor) : floor);
  for (let band = TOP; band >= 0; band -= 1) {
    const here = refined.get(band) ?? [];
    if ((starts[band] ?? 0) === (starts[band + 1] ?? 0) && here.length === 0) continue;
    if (scoreOfCeiling(bandTop(band)) + ROUNDING < worstKept()) break;
    for (let at = starts[band] ?? 0; at < (starts[band + 1] ?? 0); at += 1) {
      if (due()) yield;
      const position = byBand[at] ?? 0;
      const bound = { position, score: bounds.refine(position) };
      const lower = bandOf(bound.score);
      if (lower >= band) here.push(bound);
      else {
        const list = refined.get(lower);
        if (list === undefined) refined.set(lower, [bound]);
        else list.push(bound);
      }
    }
    // A wide band holds bounds far apart: highest first, so those that cannot reach the best few are never scored.
    here.sort(byBound);
    for (const bound of here) {
      if (scoreOfCeiling(bound.score) + ROUNDING < worstKept()) break;
      if (due()) yield;
      const found = score(bound.position);
      if (found !== null) keep(best, { position: bound.position, score: found }, wanted);
    }
  }
  return best;
}

/** Highest bound first (Infinity, no bound, before any), ties in position order. */
function byBound(a: Scored, b: Scored): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return a.position - b.position;
}

function bandOf(ceiling: number): number {
  if (!(ceiling <= 0)) return TOP;
  const below = -ceiling;
  if (below < FINE) return TOP - 1 - Math.floor(below);
  return Math.max(0, FINE - 1 - Math.floor((below - FINE) / COARSE));
}

/** The highest ceiling a band holds. */
function bandTop(band: number): number {
  if (band >= TOP) return Infinity;
  if (band >= FINE) return -(TOP - 1 - band);
  return -(FINE + COARSE * (FINE - 1 - band));
}

/**
 * The best `wanted` of two lists, each best first with ties in position order (as `bestScoredInSteps`
 * gives them), in the same order: how the best of two disjoint candidate sets combine.
 */
export function mergeBest(a: readonly Scored[], b: readonly Scored[], wanted: number): Scored[] {
  const merged = [...a];
  for (const scored of b) keep(merged, scored, wanted);
  return merged.slice(0, wanted);
}

/** Inserts `scored` into `best` (kept best first, ties by position), dropping what falls past `wanted`. */
function keep(best: Scored[], scored: Scored, wanted: number): void {
  let at = best.length;
  while (at > 0 && ranksBefore(scored, best[at - 1])) at -= 1;
  if (at >= wanted) return;
  best.splice(at, 0, scored);
  if (best.length > wanted) best.pop();
}

function ranksBefore(a: Scored, b: Scored | undefined): boolean {
  return b === undefined || a.score > b.score || (a.score === b.score && a.position < b.position);
}
