import { describe, expect, it } from 'vitest';
import { bestScoredInSteps, mergeBest, type Scored } from '../../../../shared/search/best-fuzzy';
import { drain } from '../../../../shared/search/steps';

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function randoms(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The best `wanted` by sorting every candidate: score descending, ties by position. */
function sortedBest(candidates: readonly number[], score: (position: number) => number, wanted: number): Scored[] {
  return candidates
    .map((position) => ({ position, score: score(position) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, wanted);
}

describe('best fuzzy', () => {
  it('merges the bests of two disjoint sets into the best of their union, ties in position order', () => {
    const next = randoms(7);
    for (let round = 0; round < 200; round += 1) {
      const scores = new Map<number, number>();
      for (let position = 0; position < 60; position += 1) scores.set(position, -Math.floor(next() * 12));
      const score = (position: number): number => scores.get(position) ?? 0;
      const all = [...scores.keys()];
      const left = all.filter(() => next() < 0.4);
      const right = all.filter((position) => !left.includes(position));
      const wanted = 1 + Math.floor(next() * 10);
      expect(mergeBest(sortedBest(left, score, wanted), sortedBest(right, score, wanted), wanted)).toEqual(sortedBest(all, score, wanted));
    }
  });

  it('scores no candidate whose bound is below the floor it is given, and gives the same best in steps of any size', () => {
    const scores = [-5, -1, -9, -3, -2, -7];
    const scored: number[] = [];
    const run = (step: number): Generator<void, Scored[], void> =>
      bestScoredInSteps(
        [0, 1, 2, 3, 4, 5],
        2,
        { ceiling: (position) => scores[position] ?? 0, refine: (position) => scores[position] ?? 0 },
        (position) => {
          scored.push(position);
          return scores[position] ?? null;
        },
        (ceiling) => ceiling,
        -4,
        step,
      );
    const best = drain(run(Infinity));
    expect(best).toEqual([
      { position: 1, score: -1 },
      { position: 4, score: -2 },
    ]);
    expect(scored).not.toContain(0);
    expect(scored).not.toContain(2);
    expect(scored).not.toContain(5);
    let yields = 0;
    const stepped = run(1);
    let next = stepped.next();
    while (next.done !== true) {
      yields += 1;
      next = stepped.next();
    }
    expect(next.value).toEqual(best);
    expect(yields).toBeGreaterThan(6);
  });
});
