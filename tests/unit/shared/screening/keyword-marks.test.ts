import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAtMarks, keywordMarks } from '../../../../shared/screening/keyword-marks';

const marked = (text: string, include: string[], exclude: string[] = []): string[] =>
  keywordMarks(text, { include, exclude }).map((mark) => `${mark.kind}:${text.slice(mark.start, mark.end)}`);

describe('keywordMarks', () => {
  it('finds inclusion and exclusion keywords apart, in text order', () => {
    expect(marked('A randomised trial in mice, not a cohort.', ['trial'], ['mice', 'cohort'])).toEqual([
      'include:trial',
      'exclude:mice',
      'exclude:cohort',
    ]);
  });

  it('ignores case and accents, and maps back to the text as written', () => {
    expect(marked('Étude of the CAFÉ effect and the cafe\u0301 crowd', ['etude', 'café'])).toEqual([
      'include:Étude',
      'include:CAFÉ',
      'include:cafe\u0301',
    ]);
  });

  it('matches whole words only', () => {
    expect(marked('A trial, trials and a retrial', ['trial'])).toEqual(['include:trial']);
  });

  it('matches a phrase across line breaks, runs of spaces and hyphens', () => {
    expect(
      marked('a machine\n  learning model; meta-analysis', ['machine learning', 'meta analysis']),
    ).toEqual(['include:machine\n  learning', 'include:meta-analysis']);
  });

  it('lets a trailing star match any ending', () => {
    expect(marked('randomised and randomized, not random', ['randomi*'])).toEqual([
      'include:randomised',
      'include:randomized',
    ]);
  });

  it('treats regular-expression characters in a keyword as text', () => {
    expect(marked('costs (USD) rose; a.b is not axb', ['a.b', 'usd'])).toEqual([
      'include:USD',
      'include:a.b',
    ]);
  });

  it('keeps the longer of two overlapping matches, and an inclusion on a tie', () => {
    expect(marked('deep learning models', ['learning'], ['deep learning'])).toEqual([
      'exclude:deep learning',
    ]);
    expect(marked('a cohort study', ['cohort'], ['cohort'])).toEqual(['include:cohort']);
  });

  it('marks nothing for blank keywords or none', () => {
    expect(marked('anything at all', [' ', '-'], [''])).toEqual([]);
    expect(keywordMarks('anything', { include: [], exclude: [] })).toEqual([]);
  });

  it('never returns overlapping or out-of-range marks', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
        (text, words) => {
          const marks = keywordMarks(text, {
            include: words,
            exclude: words.map((word) => word.toUpperCase()),
          });
          let previousEnd = 0;
          for (const mark of marks) {
            expect(mark.start).toBeGreaterThanOrEqual(previousEnd);
            expect(mark.end).toBeGreaterThan(mark.start);
            expect(mark.end).toBeLessThanOrEqual(text.length);
            previousEnd = mark.end;
          }
        },
      ),
    );
  });
});

describe('cutAtMarks', () => {
  const marks = keywordMarks('one two three four', { include: ['two'], exclude: ['four'] });

  it('cuts a range into plain and marked pieces that cover it exactly', () => {
    expect(cutAtMarks(marks, 0, 18)).toEqual([
      { start: 0, end: 4, kind: null },
      { start: 4, end: 7, kind: 'include' },
      { start: 7, end: 14, kind: null },
      { start: 14, end: 18, kind: 'exclude' },
    ]);
  });

  it('clips a mark that runs past the range, as at an emphasis boundary', () => {
    expect(cutAtMarks(marks, 5, 16)).toEqual([
      { start: 5, end: 7, kind: 'include' },
      { start: 7, end: 14, kind: null },
      { start: 14, end: 16, kind: 'exclude' },
    ]);
  });
});
