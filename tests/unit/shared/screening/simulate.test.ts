import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANKING_MODELS } from '../../../../shared/screening/ranking/models';
import { simulateScreening } from '../../../../shared/screening/ranking/simulate';

const WORDS = ['protein', 'folding', 'neural', 'garden', 'tomato', 'spring', 'network', 'soil', 'structure', 'weather'];

describe('simulateScreening', () => {
  it('lists one strictly increasing entry per inclusion, with the included prior screened first or second', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.boolean()), { minLength: 3, maxLength: 25 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(...RANKING_MODELS),
        (records, seed, model) => {
          fc.pre(records.some(([, included]) => included) && records.some(([, included]) => !included));
          const labels = records.map(([, included]) => (included ? 1 : 0));
          const found = simulateScreening(model, { texts: records.map(([words]) => words.join(' ')), labels, seed });
          expect(found).toHaveLength(labels.filter((label) => label === 1).length);
          expect(found[0]).toBeLessThanOrEqual(2);
          found.forEach((screened, i) => i > 0 && expect(screened).toBeGreaterThan(found[i - 1] ?? 0));
          expect(found.at(-1)).toBeLessThanOrEqual(records.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is the same for the same seed', () => {
    const texts = WORDS.map((word, i) => `${word} ${WORDS[(i + 3) % WORDS.length] ?? ''}`);
    const labels = WORDS.map((_, i) => (i % 3 === 0 ? 1 : 0));
    const model = RANKING_MODELS[0];
    if (model === undefined) throw new Error('no model');
    expect(simulateScreening(model, { texts, labels, seed: 7 })).toEqual(simulateScreening(model, { texts, labels, seed: 7 }));
  });
});
