import fc from 'fast-check';
import type { IncomingRecord } from '../../../../shared/import/plan-types';
import { capture, snippetOf, type RecordSpec } from './fixtures';

const WORDS = [
  'deep',
  'neural',
  'network',
  'gradient',
  'descent',
  'minima',
  'loss',
  'layer',
  'width',
  'depth',
  'kernel',
  'bound',
  'sample',
  'theory',
  'prove',
  'relu',
  'we',
  'the',
  'of',
  'a',
  'in',
  'show',
  'that',
  'training',
];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 25, maxLength: 50 })
  .map((words) => words.join(' '));

/**
 * Papers that may open alike: a paper may share up to five words (fewer normalised characters than a
 * snippet needs to merge) with an earlier one, so no snippet is ever a prefix of two different papers.
 */
const papers = fc
  .array(fc.tuple(sentence, fc.nat({ max: 5 }), fc.nat()), { minLength: 1, maxLength: 6 })
  .map((specs) => {
    const texts: string[] = [];
    for (const [own, sharedWords, from] of specs) {
      const earlier = texts.length > 0 ? texts[from % texts.length] : undefined;
      const opening =
        earlier && sharedWords > 0 ? `${earlier.split(' ').slice(0, sharedWords).join(' ')} ` : '';
      texts.push(`${opening}${own}.`);
    }
    return [...new Set(texts)];
  });

/** A record of one paper: the full text, or a snippet cut like the portal cuts them. */
const recordChoice = fc.record({
  paper: fc.nat(),
  cut: fc.option(fc.integer({ min: 40, max: 400 }), { nil: null }),
});

/** Papers, and captures listing records of them (a capture may list one paper twice). */
export const libraryImports = papers.chain((texts) =>
  fc
    .array(fc.array(recordChoice, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 })
    .map((captures) =>
      captures.map((choices, captureIndex) =>
        capture(
          `capture-${captureIndex}`,
          choices.map(({ paper, cut }): RecordSpec => {
            const full = texts[paper % texts.length] ?? '';
            if (cut === null || cut >= full.length) return { text: full, truncated: false };
            return { text: snippetOf(full, cut), truncated: true };
          }),
        ),
      ),
    ),
);

export type CaptureImports = IncomingRecord[][];
