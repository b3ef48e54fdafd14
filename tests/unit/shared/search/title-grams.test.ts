import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterMask, mayHold } from '../../../../shared/search/letter-mask';
import { TitleGrams } from '../../../../shared/search/title-grams';

const unit = fc.constantFrom('a', 'b', 'n', 'e', ' ', '-', 'é', 'σ', '1');
const titles = fc.array(fc.string({ unit, maxLength: 14 }), { maxLength: 120 });
const query = fc.string({ unit, minLength: 1, maxLength: 6 });

function gramsOf(folded: readonly string[]): TitleGrams {
  const builder = TitleGrams.builder();
  folded.forEach((title, position) => builder.add(title, position));
  return builder.pack();
}

function holdsInOrder(text: string, wanted: string): boolean {
  let from = 0;
  for (const char of wanted) {
    const at = text.indexOf(char, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

describe('TitleGrams', () => {
  it('offers every title containing the query, in order, and for three characters only those', () => {
    fc.assert(
      fc.property(titles, query, (folded, typed) => {
        const candidates = gramsOf(folded).candidates(typed);
        const containing = folded.flatMap((title, position) => (title.includes(typed) ? [position] : []));
        if (typed.length < 3) {
          expect(candidates).toBeNull();
          return;
        }
        const offered = [...(candidates ?? [])];
        expect(offered).toEqual([...offered].sort((a, b) => a - b));
        expect(containing.every((position) => offered.includes(position))).toBe(true);
        if (typed.length === 3) expect(offered).toEqual(containing);
      }),
      { numRuns: 500 },
    );
  });

  it('packs in slices to the same answers', async () => {
    const folded = ['energy waves', 'synergy', 'waves of energy', 'enrgy', 'the energy of waves'];
    const builder = TitleGrams.builder();
    folded.forEach((title, position) => builder.add(title, position));
    const sliced = await builder.packInSlices(() => Promise.resolve(), 2);
    for (const typed of ['ene', 'energy', 'waves', 'rgy', 'xyz']) expect([...(sliced.candidates(typed) ?? [])]).toEqual([...(gramsOf(folded).candidates(typed) ?? [])]);
    expect([...(sliced.candidates('energy') ?? [])]).toEqual([0, 1, 2, 4].filter((position) => folded[position]?.includes('energy')));
  });
});

describe('letterMask', () => {
  it('never rules out a text that holds the characters in order', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), query, (text, wanted) => {
        if (holdsInOrder(text, wanted.replaceAll(' ', ''))) expect(mayHold(letterMask(text), letterMask(wanted))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rules out a text missing a letter', () => {
    expect(mayHold(letterMask('energy waves'), letterMask('enrgy'))).toBe(true);
    expect(mayHold(letterMask('energy waves'), letterMask('enzyme'))).toBe(false);
  });
});
