import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBeginning, strictPenalty, strictStart } from '../../../../shared/search/strict-runs';

/** Every way of matching `term` as runs each starting at a beginning, tried one by one: the least start, or -1. */
function bruteForce(text: string, term: string): number {
  const goesOn = (index: number, previous: number): boolean => {
    if (index === term.length) return true;
    for (let at = previous + 1; at < text.length; at += 1) {
      if (text.charAt(at) !== term.charAt(index)) continue;
      if (at !== previous + 1 && !isBeginning(text, at)) continue;
      if (goesOn(index + 1, at)) return true;
    }
    return false;
  };
  for (let at = 0; at < text.length; at += 1) if (text.charAt(at) === term.charAt(0) && isBeginning(text, at) && goesOn(1, at)) return at;
  return -1;
}

describe('strictStart', () => {
  it('finds where a match of runs starting at word starts can begin, or that there is none', () => {
    expect(strictStart('new reading list', 'nrl')).toBe(0);
    expect(strictStart('learning in inference', 'leari')).toBe(0);
    expect(strictStart('the study alic', 'teal')).toBe(-1);
    expect(strictStart('a ternes', 'tes')).toBe(-1);
    expect(strictStart('a ternes', 'ter')).toBe(2);
  });

  it('counts the letter after an earlier term as a word start', () => {
    expect(strictStart('xabcz', 'cz')).toBe(-1);
    expect(strictStart('xabcz', 'cz', ['ab'])).toBe(3);
  });

  it('agrees with trying every match', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-'), maxLength: 14 });
    const term = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, term, (haystack, needle) => {
        expect(strictStart(haystack, needle), `${needle} in ${haystack}`).toBe(bruteForce(haystack, needle));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The least of 0.2·start² plus, for each gap, where it ends, 12 and the letters it skips, over every strict match tried one by one. */
function leastPenalty(text: string, term: string): number {
  let least = Infinity;
  const goOn = (index: number, previous: number, cost: number): void => {
    if (index === term.length) {
      least = Math.min(least, cost);
      return;
    }
    for (let at = previous + 1; at < text.length; at += 1) {
      if (text.charAt(at) !== term.charAt(index)) continue;
      if (at === previous + 1) goOn(index + 1, at, cost);
      else if (isBeginning(text, at)) goOn(index + 1, at, cost + at + 12 + (at - previous - 1));
    }
  };
  for (let at = 0; at < text.length; at += 1) if (text.charAt(at) === term.charAt(0) && isBeginning(text, at)) goOn(1, at, 0.2 * at * at);
  return least;
}

describe('strictPenalty', () => {
  it('agrees with trying every strict match', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '-'), maxLength: 14 });
    const term = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(text, term, (haystack, needle) => {
        expect(strictPenalty(haystack, needle), `${needle} in ${haystack}`).toBeCloseTo(leastPenalty(haystack, needle), 9);
      }),
      { numRuns: 3000 },
    );
  });
});
