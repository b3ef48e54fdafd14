import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueKey } from '../../../../shared/citekeys';
import { suffix } from '../../../../shared/citekeys/unique-key';

describe('uniqueKey', () => {
  it('keeps a free key as it is', () => {
    expect(uniqueKey('doe2020graphs', () => false)).toBe('doe2020graphs');
  });

  it('adds a, b, … z, then aa, ab, in that order', () => {
    const taken = new Set(['doe2020']);
    const given: string[] = [];
    for (let count = 0; count < 28; count += 1) {
      const next = uniqueKey('doe2020', (key) => taken.has(key));
      taken.add(next);
      given.push(next);
    }
    expect(given.slice(0, 3)).toEqual(['doe2020a', 'doe2020b', 'doe2020c']);
    expect(given[25]).toBe('doe2020z');
    expect(given.slice(26)).toEqual(['doe2020aa', 'doe2020ab']);
  });

  it('takes the first free suffix, not the one after the last used', () => {
    const taken = new Set(['doe', 'doeb']);
    expect(uniqueKey('doe', (key) => taken.has(key))).toBe('doea');
  });

  it('names suffixes in bijective base 26', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(suffix)).toEqual(['a', 'z', 'aa', 'az', 'ba', 'zz', 'aaa']);
  });

  it('never gives a key already taken, and gives distinct keys when each is claimed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('doe2020', 'doe2020a', 'smith', 'smithb', 'anon'), { maxLength: 60 }), (bases) => {
        const taken = new Set<string>();
        for (const base of bases) {
          const next = uniqueKey(base, (key) => taken.has(key));
          expect(taken.has(next)).toBe(false);
          expect(next.startsWith(base)).toBe(true);
          taken.add(next);
        }
        expect(taken.size).toBe(bases.length);
      }),
    );
  });
});
