import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeRange, editDistance, maxQuoteErrors } from '../../../../shared/anchoring';

const VOCABULARY = [
  'the', 'a', 'of', 'we', 'show', 'that', 'model', 'models', 'gradient', 'descent', 'kernel', 'network', 'networks',
  'sparse', 'random', 'graph', 'learning', 'rate', 'zonotope', 'bound', 'bounds', 'is', 'in', 'on', 'data', 'noise',
  'layer', 'theory', 'proof', '$x^2$', 'and', 'with', 'training', 'error', 'test', 'descent.', 'regime,',
];

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...VOCABULARY), { minLength: min, maxLength: max }).map((list) => list.join(' '));

/** Inserted text: words, stray characters, or nothing (a pure deletion). */
const insertion = fc.oneof(words(0, 6), fc.string({ maxLength: 12 }), fc.constant(''));

const scenario = fc.record({
  text: words(12, 90),
  startSeed: fc.nat(),
  length: fc.integer({ min: 1, max: 70 }),
  a: fc.nat(),
  b: fc.nat(),
  insert: insertion,
  before: fc.boolean(),
});

function highlightIn(text: string, startSeed: number, length: number): [number, number] {
  const start = startSeed % (text.length - 1);
  return [start, Math.min(text.length, start + length)];
}

function occurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
}

const splice = (text: string, from: number, to: number, insert: string): string => text.slice(0, from) + insert + text.slice(to);

describe('anchoring, for any text and edit', () => {
  it('leaves a highlight where it is when nothing changed', () => {
    fc.assert(
      fc.property(scenario, ({ text, startSeed, length }) => {
        const [start, end] = highlightIn(text, startSeed, length);
        expect(anchor(text, describeRange(text, start, end))).toEqual({ state: 'anchored', start, end, confidence: 1 });
      }),
    );
  });

  it('keeps a highlight on its exact words through any edit outside it', () => {
    fc.assert(
      fc.property(scenario, ({ text, startSeed, length, a, b, insert, before }) => {
        const [start, end] = highlightIn(text, startSeed, length);
        const selectors = describeRange(text, start, end);
        // An edit [from, to) entirely before the highlight, or entirely after it.
        const [low, high] = before ? [0, start] : [end, text.length];
        const from = low + (a % (high - low + 1));
        const to = from + (b % (high - from + 1));
        fc.pre(from !== to || insert !== '');
        const edited = splice(text, from, to, insert);
        const shift = before ? insert.length - (to - from) : 0;

        const result = anchor(edited, selectors);

        expect(result.state).not.toBe('orphaned');
        if (result.state === 'orphaned') return;
        expect(edited.slice(result.start, result.end)).toBe(selectors.quote.exact);
        if (occurrences(edited, selectors.quote.exact) === 1) {
          expect([result.start, result.end]).toEqual([start + shift, end + shift]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('after an edit inside a highlight, places it on its quote or within the accepted fuzz of it, or orphans it', () => {
    let placed = 0;
    let orphaned = 0;
    fc.assert(
      fc.property(scenario, ({ text, startSeed, length, a, b, insert }) => {
        const [start, end] = highlightIn(text, startSeed, length);
        const selectors = describeRange(text, start, end);
        // An edit [from, to) that overlaps the highlight, or inserts strictly inside it.
        const from = a % end;
        const lowestTo = Math.max(from, start + 1);
        const to = lowestTo + (b % (text.length - lowestTo + 1));
        const edited = splice(text, from, to, insert);

        const result = anchor(edited, selectors);

        if (result.state === 'orphaned') {
          orphaned += 1;
          return;
        }
        placed += 1;
        const words = edited.slice(result.start, result.end);
        const { exact } = selectors.quote;
        expect(words === exact || editDistance(words, exact) <= maxQuoteErrors(exact.length)).toBe(true);
        expect(result.confidence).toBeGreaterThan(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
    // Both outcomes occur: the property is not satisfied by orphaning everything.
    expect(placed).toBeGreaterThan(0);
    expect(orphaned).toBeGreaterThan(0);
  });

  it('follows a one-character typo fix inside a long highlight to the same place', () => {
    fc.assert(
      fc.property(words(30, 80), fc.nat(), fc.nat(), fc.constantFrom('x', 'q', 'z'), (text, seed, offsetSeed, letter) => {
        const start = seed % Math.max(1, text.length - 60);
        const end = start + 60;
        const at = start + 10 + (offsetSeed % 40);
        const edited = splice(text, at, at + 1, letter);
        fc.pre(edited !== text);
        const result = anchor(edited, describeRange(text, start, end));
        expect(result).toMatchObject({ start, end });
      }),
    );
  });
});
